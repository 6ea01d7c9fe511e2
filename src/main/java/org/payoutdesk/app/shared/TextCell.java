package org.payoutdesk.app.shared;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell that shows a preformatted string of its row model (no per-cell bindings, so
 * recycling cells over 100,000 rows costs nothing) with an optional tooltip and a style class
 * added only for the rows that ask for it.
 */
public class TextCell<M> extends TableCell<M, M> {
    private final Function<M, String> text;
    private final Function<M, String> hint;
    private final Function<M, String> style;
    private final Tooltip tooltip = new Tooltip();
    private String appliedStyle;

    public TextCell(Function<M, String> text, Function<M, String> hint, Function<M, String> style,
                    String... styleClasses) {
        this.text = text;
        this.hint = hint;
        this.style = style;
        getStyleClass().addAll(styleClasses);
    }

    public TextCell(Function<M, String> text) {
        this(text, null, null);
    }

    @Override
    protected void updateItem(M item, boolean empty) {
        super.updateItem(item, empty);
        if (appliedStyle != null) {
            getStyleClass().remove(appliedStyle);
            appliedStyle = null;
        }
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text.apply(item));
        String h = hint == null ? null : hint.apply(item);
        if (h == null || h.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(h);
            setTooltip(tooltip);
        }
        String s = style == null ? null : style.apply(item);
        if (s != null) {
            getStyleClass().add(s);
            appliedStyle = s;
        }
    }
}
