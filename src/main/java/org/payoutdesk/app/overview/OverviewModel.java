package org.payoutdesk.app.overview;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.payoutdesk.app.shared.Figure;

/** What the Overview shows, as properties the view binds to; the controller fills it from the services. */
public final class OverviewModel {
    /** One line of the invariants card: its text and the style of its state. */
    public record InvariantLine(String text, String style) {
    }

    final ObservableList<Figure> coverage = FXCollections.observableArrayList();
    final ObservableList<Figure> paid = FXCollections.observableArrayList();
    final ObservableList<Figure> finances = FXCollections.observableArrayList();
    final ObservableList<Figure> payees = FXCollections.observableArrayList();
    final ObservableList<Figure> pending = FXCollections.observableArrayList();
    final ObservableList<InvariantLine> invariants = FXCollections.observableArrayList();
    final ObservableList<XYChart.Series<String, Number>> distribution = FXCollections.observableArrayList();
    final ObjectProperty<PayoutsPerDay> perDay = new SimpleObjectProperty<>();
    final ObjectProperty<List<WalletSample>> walletHistory = new SimpleObjectProperty<>(List.of());
    /** True once a wallet reading found the wallet short of what is owed. */
    final BooleanProperty coverageShort = new SimpleBooleanProperty();
    final StringProperty coverageText = new SimpleStringProperty();
    final BooleanProperty walletShown = new SimpleBooleanProperty();

    public ObservableList<Figure> coverage() { return coverage; }

    public ObservableList<Figure> paid() { return paid; }

    public ObservableList<Figure> finances() { return finances; }

    public ObservableList<Figure> payees() { return payees; }

    public ObservableList<Figure> pending() { return pending; }

    public ObservableList<InvariantLine> invariants() { return invariants; }

    public BooleanProperty coverageShort() { return coverageShort; }
}
