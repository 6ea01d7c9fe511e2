package org.payoutdesk.app.shared;

import javafx.beans.NamedArg;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A titled card of "name  value" rows; amounts right-aligned in ETH with exact Shannon on hover. Usable
 * from FXML ({@code <FigureCard title="Finances"/>}); its rows are {@link #getFigures()}, which a
 * controller binds to its model's list ({@code Bindings.bindContent}).
 */
public final class FigureCard extends VBox {
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private int rows;

    public FigureCard(@NamedArg("title") String title) {
        super(8);
        getStyleClass().add("card");
        this.title.setText(title);
        this.title.getStyleClass().add("card-title");
        // A card without a title (the payee detail's rows) leaves no empty line at its top.
        this.title.managedProperty().bind(this.title.textProperty().isNotEmpty());
        this.title.visibleProperty().bind(this.title.managedProperty());
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, value);
        getChildren().addAll(this.title, grid);
        figures.addListener((ListChangeListener<Figure>) c -> render());
    }

    public String getTitle() {
        return title.getText();
    }

    /** The rows shown, in order; replacing them redraws the card. */
    public ObservableList<Figure> getFigures() {
        return figures;
    }

    private void render() {
        clear();
        for (Figure f : figures) {
            Label v = value(f.id(), f.name(), f.text());
            if (f.amount()) {
                v.getStyleClass().add(Amounts.STYLE);
                // Never ellipsize money: the card grows instead.
                v.setMinWidth(Region.USE_PREF_SIZE);
            }
            v.setTooltip(f.hint() == null ? null : new Tooltip(f.hint()));
            v.getStyleClass().addAll(f.styles());
        }
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

    /** Adds a wei amount row (the wallet): ETH with 9 decimals, exact wei on hover. */
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
