package org.payoutdesk.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Prints how long the window took to come up, measured from the start of the process (the launcher
 * script exec's java, so that includes the script), to the first frame rendered after the stage was
 * shown. The process start is known to the second only (Linux's boot time), so the line also gives
 * the frame's epoch time for a caller that noted its own start. README "Packaging" has the figures.
 */
final class FirstWindowLog {
    private FirstWindowLog() {}

    static void onShown(Stage stage) {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(null);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            long shownAt = System.currentTimeMillis();
            StartupMarks.mark("shown");
            // The first pulse after WINDOW_SHOWN is the first frame on screen.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    long framedAt = System.currentTimeMillis();
                    // CPU time as well: on a loaded machine the wall-clock figure mostly measures the others.
                    long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    System.err.println(processStart == null
                            ? "payout-desk: first window (process start unknown)"
                            : "payout-desk: first window shown " + since(processStart, shownAt)
                            + " ms, first frame " + since(processStart, framedAt) + " ms after process start"
                            + " (CPU " + cpuMillis + " ms, first frame at epoch ms " + framedAt + ")" + StartupMarks.steps(framedAt));
                }
            }.start();
        });
    }

    private static long since(Instant start, long epochMillis) {
        return Duration.between(start, Instant.ofEpochMilli(epochMillis)).toMillis();
    }
}
