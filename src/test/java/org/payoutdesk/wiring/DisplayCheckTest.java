package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {
    @Test
    void noDisplayNamesXvfbAndGtk() {
        String m = DisplayCheck.problem(Map.of(), null).orElseThrow();
        assertTrue(m.contains("DISPLAY and WAYLAND_DISPLAY are unset"), m);
        assertTrue(m.contains("xvfb-run -a"), m);
        assertTrue(m.contains("libgtk-3-0"), m);
        assertEquals(m, DisplayCheck.problem(Map.of("DISPLAY", " "), "gtk").orElseThrow());
    }

    @Test
    void anX11OrWaylandDisplayOrTheHeadlessPlatformWill() {
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of("DISPLAY", ":99"), null));
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertEquals(Optional.empty(), DisplayCheck.problem(Map.of(), "Headless"));
    }

    @Test
    void javafxDisplayFailuresAreExplainedOthersAreNot() {
        // What JavaFX 26 throws with DISPLAY set to an X server that does not answer.
        String m = DisplayCheck.explain(new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY"))).orElseThrow();
        assertEquals("payout-desk: the window cannot open: Unable to open DISPLAY. " + DisplayCheck.ADVICE, m);
        assertTrue(DisplayCheck.explain(new UnsatisfiedLinkError("Unable to load glass GTK library")).isPresent());
        assertEquals(Optional.empty(), DisplayCheck.explain(new IllegalStateException("ledger closed")));
    }
}
