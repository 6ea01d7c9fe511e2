package org.payoutdesk.app.shared;

import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import org.controlsfx.control.MaskerPane;

/**
 * Lays a ControlsFX {@link MaskerPane} over a table while its rows load, only once the load has taken
 * longer than {@link BusyIndicator}'s 200 ms, so a quick read never flickers.
 */
public final class LoadMasker {
    private final MaskerPane masker;
    private final PauseTransition delay = new PauseTransition(BusyIndicator.DELAY);
    private int running;

    public LoadMasker(MaskerPane masker) {
        this.masker = masker;
        masker.setVisible(false);
        delay.setOnFinished(e -> masker.setVisible(running > 0));
    }

    /** Covers the table while {@code worker} runs (after the delay). */
    public void track(Worker<?> worker) {
        worker.runningProperty().addListener((o, was, now) -> {
            running += now ? 1 : -1;
            if (now) {
                delay.playFromStart();
            } else if (running == 0) {
                delay.stop();
                masker.setVisible(false);
            }
        });
    }
}
