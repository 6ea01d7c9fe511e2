package org.payoutdesk.app.status;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One server's outage as the status bar tells it: "node down since 18:55:02, retrying in 8 s".
 * The time it went down is kept across failed retries and forgotten when the server answers.
 */
public final class Outage {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private final String what;
    private LocalTime since;
    private long retryAtNanos;
    private String reason = "";

    /** @param what the server's name as the line starts ("node", or "" for a line that has its own label) */
    public Outage(String what) {
        this.what = what;
    }

    /** A failed check at {@code now}; the next one runs after {@code waitMillis}. */
    public void failed(LocalTime now, long nowNanos, long waitMillis, String why) {
        if (since == null) since = now;
        retryAtNanos = nowNanos + waitMillis * 1_000_000L;
        reason = why == null || why.isBlank() ? "no answer" : why;
    }

    public void recovered() {
        since = null;
    }

    public boolean down() {
        return since != null;
    }

    public String reason() {
        return reason;
    }

    /** The line to show at {@code nowNanos}; seconds rounded up so "0 s" means "now". */
    public String text(long nowNanos) {
        if (since == null) return what.isEmpty() ? "connected" : what + " up";
        long left = Math.max(0, (retryAtNanos - nowNanos + 999_999_999L) / 1_000_000_000L);
        return (what.isEmpty() ? "" : what + " ") + "down since " + HMS.format(since) + ", retrying in " + left + " s";
    }
}
