package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Sorts a copy of the payee rows off the JavaFX thread (an ArrayList sort of 100,000 rows takes a
 * few tens of milliseconds; a SortedList re-sort on the JavaFX thread took most of a second here).
 * A newer sort request cancels the stale one.
 */
final class PayeeSortService extends Service<List<PayeeRowModel>> {
    private List<PayeeRowModel> rows = List.of();
    private Comparator<PayeeRowModel> order;

    PayeeSortService() {
        setExecutor(r -> {
            Thread t = new Thread(r, "payee-sort");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Sorts {@code rows} (in load order) by {@code order}; null keeps the load order. */
    void sort(List<PayeeRowModel> rows, Comparator<PayeeRowModel> order) {
        this.rows = rows;
        this.order = order;
        restart();
    }

    @Override
    protected Task<List<PayeeRowModel>> createTask() {
        List<PayeeRowModel> input = rows;
        Comparator<PayeeRowModel> by = order;
        return new Task<>() {
            @Override
            protected List<PayeeRowModel> call() {
                List<PayeeRowModel> copy = new ArrayList<>(input);
                if (by != null) copy.sort(by);
                return copy;
            }
        };
    }
}
