package org.payoutdesk.ledger;

import java.util.List;

/** A slice of a sorted set read newest first: items from {@code offset}, and the set's size. */
public record Page<T>(List<T> items, long offset, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
