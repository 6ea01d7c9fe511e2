package org.payoutdesk.app;

/**
 * The start-up steps' times for the first-window line ({@code -Dpayoutdesk.firstWindowLog=true}):
 * plain Java, so that the command line may note a step without loading JavaFX.
 */
public final class StartupMarks {
    private StartupMarks() {}

    /** Epoch ms of each start-up step, in order, for the line printed at the first frame. */
    private static final java.util.Map<String, Long> MARKS = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** Notes that a start-up step is done now (only while the first-window log is on). */
    public static void mark(String step) {
        if (Boolean.getBoolean(DeskApp.FIRST_WINDOW_LOG)) MARKS.putIfAbsent(step, System.currentTimeMillis());
    }

    /**
     * "main +310, toolkit +720, ..." from {@code -Dpayoutdesk.launchedAt} (epoch ms, set by a caller that
     * noted when it launched us; the process start is known to the second only), or empty.
     */
    static String steps(long framedAt) {
        long launched = Long.getLong("payoutdesk.launchedAt", -1);
        if (launched < 0) return "";
        StringBuilder b = new StringBuilder(", steps after launch:");
        synchronized (MARKS) {
            MARKS.forEach((k, v) -> b.append(' ').append(k).append(" +").append(v - launched));
        }
        return b.append(" frame +").append(framedAt - launched).toString();
    }
}
