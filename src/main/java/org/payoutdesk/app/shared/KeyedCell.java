package org.payoutdesk.app.shared;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A cell whose value is the text it shows (so a ControlsFX column filter lists the texts operators
 * read), with the tooltip and row-dependent style taken from the row model of its table row.
 *
 * <p>A Tooltip is a popup window with a scene of its own: a table of 100,000 rows shows a few hundred cells,
 * and making one per cell up front held the JavaFX thread for a long frame when the rows arrived. So a cell
 * makes its Tooltip when it first has a hint to show, and a cell built with {@code hintOnHover} (an amount's
 * exact Shannon: every row has one) only when the pointer first comes over it.
 */
public final class KeyedCell<M> extends TableCell<M, String> {
    private final Function<M, String> hint;
    private final Function<M, String> style;
    private final boolean hintOnHover;
    private Tooltip tooltip;
    /** The row whose hint a {@code hintOnHover} cell shows once hovered (formatted only then). */
    private M hintRow;
    private String appliedStyle;

    public KeyedCell(Function<M, String> hint, Function<M, String> style, String... styleClasses) {
        this(hint, style, false, styleClasses);
    }

    public KeyedCell(Function<M, String> hint, Function<M, String> style, boolean hintOnHover, String... styleClasses) {
        this.hint = hint;
        this.style = style;
        this.hintOnHover = hintOnHover;
        getStyleClass().addAll(styleClasses);
        if (hintOnHover && hint != null) {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (hintRow == null || getTooltip() != null) return;
                String h = hint.apply(hintRow);
                if (h != null && !h.isEmpty()) setTooltip(tooltip(h));
            });
        }
    }

    private Tooltip tooltip(String text) {
        if (tooltip == null) tooltip = new Tooltip();
        tooltip.setText(text);
        return tooltip;
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
        hintRow = null;
        if (empty || text == null || m == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text);
        if (hintOnHover && tooltip == null) {
            hintRow = m;
        } else {
            String h = hint == null ? null : hint.apply(m);
            setTooltip(h == null || h.isEmpty() ? null : tooltip(h));
        }
        String s = style == null ? null : style.apply(m);
        if (s != null) {
            getStyleClass().add(s);
            appliedStyle = s;
        }
    }
}
