package org.payoutdesk.app.shared;

import javafx.beans.value.ObservableValue;

/**
 * A row model that is its own cell value, created once: the table's sort comparator asks every
 * column for its cell value on each comparison, and a fresh wrapper per call made sorting 100,000
 * rows take seconds.
 */
public interface RowValue<M> {
    ObservableValue<M> asValue();
}
