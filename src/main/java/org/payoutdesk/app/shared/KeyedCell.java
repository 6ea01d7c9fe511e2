package org.payoutdesk.app.shared;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/**
 * A cell whose value is the text it shows (so a ControlsFX column filter lists the texts operators
 * read), with the tooltip and row-dependent style taken from the row model of its table row.
 */
public final class KeyedCell<M> extends TableCell<M, String> {
    private final Function<M, String> hint;
    private final Function<M, String> style;
    private final Tooltip tooltip = new Tooltip();
    private String appliedStyle;

    public KeyedCell(Function<M, String> hint, Function<M, String> style, String... styleClasses) {
        this.hint = hint;
        this.style = style;
        getStyleClass().addAll(styleClasses);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        if (appliedStyle != null) {
            getStyleClass().remove(appliedStyle);
            appliedStyle = null;
        }
        TableRow<M> row = getTableRow();
        M m = row == null ? null : row.getItem();
        if (empty || text == null || m == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text);
        String h = hint == null ? null : hint.apply(m);
        if (h == null || h.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(h);
            setTooltip(tooltip);
        }
        String s = style == null ? null : style.apply(m);
        if (s != null) {
            getStyleClass().add(s);
            appliedStyle = s;
        }
    }
}
