package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.Optional;

/** Time left in a batch, from the average time per payment so far. */
public final class BatchEta {
    private BatchEta() {
    }

    /**
     * @param finished  payments done so far (paid or skipped)
     * @param elapsed   time since the batch started, at the moment the last one finished
     * @return empty until one payment has finished
     */
    public static Optional<Duration> remaining(int finished, int total, Duration elapsed) {
        if (finished <= 0 || total <= 0) return Optional.empty();
        int left = Math.max(0, total - finished);
        return Optional.of(elapsed.dividedBy(finished).multipliedBy(left));
    }

    /** "about 1 min 05 s", "about 12 s", "less than a second". */
    public static String text(Optional<Duration> eta) {
        if (eta.isEmpty()) return "estimating…";
        long s = eta.get().toSeconds();
        if (eta.get().isZero()) return "done";
        if (s < 1) return "less than a second";
        if (s < 60) return "about " + s + " s";
        if (s < 3600) return String.format("about %d min %02d s", s / 60, s % 60);
        return String.format("about %d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
