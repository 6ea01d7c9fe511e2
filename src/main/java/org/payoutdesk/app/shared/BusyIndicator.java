package org.payoutdesk.app.shared;

import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/** A small spinner that appears only when a load takes longer than 200 ms, so quick loads don't flicker. */
public final class BusyIndicator extends ProgressIndicator {
    public static final Duration DELAY = Duration.millis(200);
    private int running;

    public BusyIndicator() {
        super(INDETERMINATE_PROGRESS);
        getStyleClass().add("busy");
        setMaxSize(18, 18);
        setPrefSize(18, 18);
        setVisible(false);
        setManaged(true);
    }

    /** Shows this indicator while the worker runs, after the delay. */
    public void track(Worker<?> worker) {
        PauseTransition delay = new PauseTransition(DELAY);
        delay.setOnFinished(e -> setVisible(running > 0));
        worker.runningProperty().addListener((obs, was, now) -> {
            running += now ? 1 : -1;
            if (now) {
                delay.playFromStart();
            } else if (running == 0) {
                delay.stop();
                setVisible(false);
            }
        });
    }
}
