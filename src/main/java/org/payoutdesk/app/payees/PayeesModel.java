package org.payoutdesk.app.payees;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.payoutdesk.app.shared.PayeeRowModel;

/**
 * The Payees screen's state: every payee in table order (our backing list: sorts replace it in one
 * change), the search and filter narrowing it, and the count line.
 */
public final class PayeesModel {
    final ObservableList<PayeeRowModel> rows = FXCollections.observableArrayList();
    final FilteredList<PayeeRowModel> filtered = new FilteredList<>(rows, PayeeQuery.ALL);
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<PayeeFilter> filter = new SimpleObjectProperty<>(PayeeFilter.ALL);
    final StringProperty count = new SimpleStringProperty("");

    public ObservableList<PayeeRowModel> rows() { return rows; }

    public FilteredList<PayeeRowModel> filtered() { return filtered; }

    public StringProperty search() { return search; }

    public ObjectProperty<PayeeFilter> filter() { return filter; }

    public StringProperty count() { return count; }

    /** Applies the search text and the filter choice. */
    void applyQuery() {
        filtered.setPredicate(new PayeeQuery(search.get(), filter.get()));
    }

    /** "5" or "1 of 5". */
    void updateCount(int shown) {
        int all = rows.size();
        count.set(shown == all ? String.format("%,d", all) : String.format("%,d of %,d", shown, all));
    }
}
