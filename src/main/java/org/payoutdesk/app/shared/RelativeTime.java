package org.payoutdesk.app.shared;

/** "3 min ago", "2 h ago", "5 d ago": coarse ages for last shares and pending payments. */
public final class RelativeTime {
    private RelativeTime() {
    }

    /** Age of {@code epochSeconds} at {@code nowSeconds}; "never" for 0 (unknown), "in future" when ahead. */
    public static String ago(long epochSeconds, long nowSeconds) {
        if (epochSeconds <= 0) return "never";
        long s = nowSeconds - epochSeconds;
        if (s < 0) return "in future";
        // Coarser than age(): one unit from an hour on, so the column stays narrow.
        if (s >= 86_400) return s / 86_400 + " d ago";
        if (s >= 3600) return s / 3600 + " h ago";
        return age(s) + " ago";
    }

    /** "42 s", "3 min", "5 h 12 min", "4 d 3 h". */
    public static String age(long seconds) {
        if (seconds < 60) return seconds + " s";
        long min = seconds / 60;
        if (min < 60) return min + " min";
        long h = min / 60;
        if (h < 24) return h + " h " + (min % 60) + " min";
        long d = h / 24;
        return d + " d " + (h % 24) + " h";
    }
}
