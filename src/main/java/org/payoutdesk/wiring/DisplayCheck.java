package org.payoutdesk.wiring;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a window can open here, checked before any server is started or connected, and JavaFX's
 * own start-up failures translated into the same advice (GTK missing, an X display that does not answer).
 */
public final class DisplayCheck {
    static final String ADVICE = "On a machine without a screen run it under a virtual X server:"
            + " xvfb-run -a ./payout-desk ... (apt-get install -y xvfb libgtk-3-0)."
            + " The headless commands (status, plan, pay, resolve, ...) need no display.";

    private DisplayCheck() {
    }

    /** A reason the window cannot open in this process, or empty. */
    public static Optional<String> problem() {
        return problem(System.getenv(), System.getProperty("glass.platform"));
    }

    /** JavaFX 26's headless platform needs no display; otherwise X11 or Wayland must be named. */
    static Optional<String> problem(Map<String, String> env, String glassPlatform) {
        if ("headless".equalsIgnoreCase(glassPlatform)) return Optional.empty();
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) return Optional.empty();
        return Optional.of("payout-desk: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
                + ADVICE);
    }

    /** The operator's line for a JavaFX start-up failure about the display or GTK, or empty for any other failure. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("DISPLAY") || m.contains("GTK") || m.contains("glass") || m.contains("No toolkit found")
                    || m.contains("QuantumRenderer")) {
                return Optional.of("payout-desk: the window cannot open: " + firstLine(m) + ". " + ADVICE);
            }
        }
        return Optional.empty();
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
