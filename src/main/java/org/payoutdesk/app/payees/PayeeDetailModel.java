package org.payoutdesk.app.payees;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.payoutdesk.app.shared.Figure;
import org.payoutdesk.app.shared.PaymentRowModel;

/** The selected payee: its login, its figures, its problems and its last payments. */
public final class PayeeDetailModel {
    final StringProperty login = new SimpleStringProperty("Select a payee");
    final ObservableList<Figure> figures = FXCollections.observableArrayList();
    /** Every problem's reason, "⚠ " before each; empty when the row is clean. */
    final StringProperty problems = new SimpleStringProperty("");
    final StringProperty historyTitle = new SimpleStringProperty("Payments");
    final ObservableList<PaymentRowModel> payments = FXCollections.observableArrayList();

    public StringProperty login() { return login; }

    public ObservableList<Figure> figures() { return figures; }

    public StringProperty problems() { return problems; }

    public ObservableList<PaymentRowModel> payments() { return payments; }
}
