package org.payoutdesk.app.review;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the sending page shows, delivered to the JavaFX thread at most once per pulse.
 *
 * @param finished   paid + skipped so far
 * @param current    the payee being paid now; null before the first and after the last
 * @param newLog     log lines since the previous update
 * @param eta        time left, empty until one payment has finished
 */
public record BatchProgress(int total, int finished, String current, int paid, int skipped, long paidShannon,
                            List<String> newLog, Optional<Duration> eta, String lastFail) {

    public double fraction() {
        return total == 0 ? 0 : (double) finished / total;
    }
}
