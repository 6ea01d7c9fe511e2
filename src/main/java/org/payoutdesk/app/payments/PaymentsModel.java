package org.payoutdesk.app.payments;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.payoutdesk.app.shared.PaymentRowModel;
import org.payoutdesk.payout.ReceiptCheck;

/** The Payments screen's state: one page of the history, where it sits, the filters, and the chain's word. */
public final class PaymentsModel {
    final ObservableList<PaymentRowModel> rows = FXCollections.observableArrayList();
    final StringProperty login = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> toDay = new SimpleObjectProperty<>();
    final LongProperty offset = new SimpleLongProperty();
    final LongProperty total = new SimpleLongProperty();
    final StringProperty position = new SimpleStringProperty("");
    final BooleanProperty hasNewer = new SimpleBooleanProperty();
    final BooleanProperty hasOlder = new SimpleBooleanProperty();
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty exportState = new SimpleStringProperty("");
    /** The receipts of the shown page, by transaction hash, as the chain answered. */
    final ObservableMap<String, ReceiptCheck.Status> chain = FXCollections.observableHashMap();

    public ObservableList<PaymentRowModel> rows() { return rows; }

    public StringProperty login() { return login; }

    public ObjectProperty<LocalDate> fromDay() { return fromDay; }

    public ObjectProperty<LocalDate> toDay() { return toDay; }

    public StringProperty position() { return position; }

    public StringProperty status() { return status; }

    public ObservableMap<String, ReceiptCheck.Status> chain() { return chain; }

    PaymentDateRange range() {
        return new PaymentDateRange(fromDay.get(), toDay.get());
    }

    /** A day range whose last day is before its first reads nothing. */
    boolean rangeValid() {
        return fromDay.get() == null || toDay.get() == null || !toDay.get().isBefore(fromDay.get());
    }

    void updatePager() {
        long shown = rows.size();
        position.set(!rangeValid() ? "the last day is before the first"
                : total.get() == 0 ? (range().all() ? "no payments" : "no payments in these days")
                : String.format("%,d–%,d of %,d", offset.get() + 1, offset.get() + shown, total.get()));
        hasNewer.set(offset.get() > 0);
        hasOlder.set(offset.get() + shown < total.get());
    }
}
