package org.payoutdesk.payout;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a batch's time went, step by step (nanoTime sums; a handful of calls per payment, so it is always on).
 * Read after {@link BatchPayer#pay} returns; figures are wall-clock time, not money.
 */
public final class BatchTimings {
    /** The parts of one payment as the loop runs them. */
    public enum Part {
        /** Node reads before the lock: fees (when the head moved), pending nonce check, wallet. */
        NODE_READS,
        /** SETNX lock, and the WATCHed reads of the debit that travel with it. */
        LOCK,
        /** The guarded debit's MULTI/EXEC. */
        DEBIT,
        /** HSET pendingnonce (and WAIT with replicas; with a keystore also HSET pendingtx). */
        NONCE_JOURNAL,
        SIGN,
        SEND,
        HASH_JOURNAL,
        /** WritePayment MULTI. */
        RECORD,
        /** Listener, log, stop flag and the rest of the loop. */
        OTHER
    }

    private final EnumMap<Part, Long> nanos = new EnumMap<>(Part.class);
    private int payments;
    private long totalNanos;

    void add(Part part, long elapsedNanos) {
        nanos.merge(part, elapsedNanos, Long::sum);
    }

    void finished(int payments, long totalNanos) {
        this.payments = payments;
        this.totalNanos = totalNanos;
    }

    public int payments() { return payments; }

    public long totalNanos() { return totalNanos; }

    public Map<Part, Long> nanos() { return Map.copyOf(nanos); }

    /** One line: ms per payment, each part and the total. */
    public String perPayment() {
        if (payments == 0) return "no payment";
        StringBuilder b = new StringBuilder();
        long accounted = 0;
        for (Part p : Part.values()) {
            long n = nanos.getOrDefault(p, 0L);
            if (p == Part.OTHER) n = Math.max(0, totalNanos - accounted);
            accounted += n;
            if (n == 0) continue;
            b.append(p.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", n / 1e6 / payments)).append("  ");
        }
        b.append("= ").append(String.format(Locale.ROOT, "%.3f", totalNanos / 1e6 / payments)).append(" ms/payment");
        return b.toString();
    }
}
