package org.payoutdesk.app.payees;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.payoutdesk.app.shared.PayeeRowModel;

/**
 * The Payees screen's state: every payee in table order, the ones the search and filter let through (the
 * table's list; both are computed off the JavaFX thread and replaced in one change each), the search and
 * filter, and the count line.
 */
public final class PayeesModel {
    /** Every payee in table order, immutable, replaced whole (nothing observes each row: an observable list of
     * 100,000 cost a change record per row on the JavaFX thread). */
    final ObjectProperty<List<PayeeRowModel>> rows = new SimpleObjectProperty<>(List.of());
    /** What the table shows (ControlsFX column filters apply on top): {@link #rows} narrowed by the query. */
    final ObservableList<PayeeRowModel> shown = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<PayeeFilter> filter = new SimpleObjectProperty<>(PayeeFilter.ALL);
    final StringProperty count = new SimpleStringProperty("");

    public List<PayeeRowModel> rows() { return rows.get(); }

    public ObjectProperty<List<PayeeRowModel>> rowsProperty() { return rows; }

    public ObservableList<PayeeRowModel> shown() { return shown; }

    public StringProperty search() { return search; }

    public ObjectProperty<PayeeFilter> filter() { return filter; }

    public StringProperty count() { return count; }

    /** The search text and the filter choice as one predicate. */
    PayeeQuery query() {
        return new PayeeQuery(search.get(), filter.get());
    }

    /** "5" or "1 of 5". */
    void updateCount(int shown) {
        int all = rows.get().size();
        count.set(shown == all ? String.format("%,d", all) : String.format("%,d of %,d", shown, all));
    }
}
