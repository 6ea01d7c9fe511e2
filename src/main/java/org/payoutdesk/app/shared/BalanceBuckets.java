package org.payoutdesk.app.shared;

import java.util.List;
import org.payoutdesk.money.Shannon;

/**
 * Decade buckets of payee balances, bounds in Shannon (integer comparisons only):
 * zero, < 0.001, < 0.01, < 0.1, < 1, < 10, >= 10 ETH; negative balances get their own bucket.
 */
public final class BalanceBuckets {
    /** Upper bounds (exclusive) of the positive buckets, Shannon. */
    private static final long[] UPPER = {
        Shannon.PER_ETH / 1000, Shannon.PER_ETH / 100, Shannon.PER_ETH / 10, Shannon.PER_ETH, 10 * Shannon.PER_ETH
    };
    public static final List<String> LABELS = List.of(
            "< 0", "0", "< 0.001", "< 0.01", "< 0.1", "< 1", "< 10", "≥ 10");

    private final long[] counts = new long[LABELS.size()];

    public void add(long balance) {
        counts[index(balance)]++;
    }

    static int index(long balance) {
        if (balance < 0) return 0;
        if (balance == 0) return 1;
        for (int i = 0; i < UPPER.length; i++) {
            if (balance < UPPER[i]) return i + 2;
        }
        return LABELS.size() - 1;
    }

    public long count(int bucket) {
        return counts[bucket];
    }

    public int size() {
        return counts.length;
    }
}
