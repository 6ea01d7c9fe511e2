package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Sorts a copy of the payee rows and narrows it to the search, off the JavaFX thread (an ArrayList sort of
 * 100,000 rows takes a few tens of milliseconds; a SortedList re-sort or a FilteredList re-filter on the JavaFX
 * thread blocked it for a quarter of a second here). Every request carries the whole view (rows in load order,
 * the columns' order, the query), so a newer request cancels a stale one without losing its sort.
 */
final class PayeeSortService extends Service<PayeeSortService.View> {
    /** Every row in table order, and those the query lets through (in the same order). */
    record View(List<PayeeRowModel> sorted, List<PayeeRowModel> shown) { }

    private List<PayeeRowModel> rows = List.of();
    private Comparator<PayeeRowModel> order;
    private Predicate<PayeeRowModel> query = PayeeQuery.ALL;

    PayeeSortService() {
        setExecutor(r -> {
            Thread t = new Thread(r, "payee-sort");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Sorts {@code rows} (in load order) by {@code order} (null keeps the load order) and applies {@code query}. */
    void sort(List<PayeeRowModel> rows, Comparator<PayeeRowModel> order, Predicate<PayeeRowModel> query) {
        this.rows = rows;
        this.order = order;
        this.query = query;
        restart();
    }

    @Override
    protected Task<View> createTask() {
        List<PayeeRowModel> input = rows;
        Comparator<PayeeRowModel> by = order;
        Predicate<PayeeRowModel> keep = query;
        return new Task<>() {
            @Override
            protected View call() {
                View v = view(input, by, keep);
                return isCancelled() ? null : v;
            }
        };
    }

    /** The work itself, on the calling thread. */
    static View view(List<PayeeRowModel> input, Comparator<PayeeRowModel> by, Predicate<PayeeRowModel> keep) {
        List<PayeeRowModel> sorted = new ArrayList<>(input);
        if (by != null) sorted.sort(by);
        List<PayeeRowModel> shown = PayeeQuery.ALL.equals(keep) ? sorted : new ArrayList<>();
        if (shown != sorted) {
            for (PayeeRowModel m : sorted) {
                if (keep.test(m)) shown.add(m);
            }
        }
        return new View(sorted, shown);
    }
}
