package org.payoutdesk.app.shared;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.HPos;

/** A titled card of "name  value" rows; amounts right-aligned in ETH with exact Shannon on hover. */
public final class FigureCard extends VBox {
    private final GridPane grid = new GridPane();
    private int rows;

    public FigureCard(@javafx.beans.NamedArg("title") String title) {
        super(8);
        getStyleClass().add("card");
        Label t = new Label(title);
        t.getStyleClass().add("card-title");
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, value);
        getChildren().addAll(t, grid);
    }

    public void clear() {
        grid.getChildren().clear();
        rows = 0;
    }

    /** Adds an amount row; the value label gets the id {@code fig-<id>} for lookups. */
    public Label amount(String id, String name, long shannon) {
        return money(id, name, Amounts.ethWithUnit(shannon), Amounts.shannonHint(shannon));
    }

    /** Adds a row for a sum of Shannon that may exceed a long (totals over the whole ledger). */
    public Label amount(String id, String name, java.math.BigInteger shannon) {
        return money(id, name, Amounts.ethWithUnitOfShannon(shannon), Amounts.shannonHint(shannon));
    }

    /** Adds a wei amount row (the wallet): exact ETH, exact wei on hover. */
    public Label wei(String id, String name, java.math.BigInteger wei) {
        return money(id, name, Amounts.ethWithUnit(wei), Amounts.weiHint(wei));
    }

    private Label money(String id, String name, String text, String exact) {
        Label v = value(id, name, text);
        v.getStyleClass().add(Amounts.STYLE);
        // Never ellipsize money: the card grows instead.
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.setTooltip(new Tooltip(exact));
        return v;
    }

    public Label value(String id, String name, String text) {
        Label n = new Label(name);
        n.getStyleClass().add("caption");
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(text);
        v.setId("fig-" + id);
        v.getStyleClass().add("figure");
        if (text != null && text.length() > 24) v.setTooltip(new Tooltip(text));
        grid.addRow(rows++, n, v);
        return v;
    }
}
