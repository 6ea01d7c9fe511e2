package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.fx;

import java.util.concurrent.CountDownLatch;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.controlsfx.control.MaskerPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The ControlsFX masker over a loading table: not at once, then while the load runs, gone when it ends. */
@ExtendWith(ApplicationExtension.class)
class LoadMaskerTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    /** A load that runs until the test lets it finish. */
    private static final class HeldLoad extends Service<Void> {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        protected Task<Void> createTask() {
            return new Task<>() {
                @Override
                protected Void call() throws Exception {
                    release.await();
                    return null;
                }
            };
        }
    }

    @Test
    void coversOnlyASlowLoadAndUncoversWhenItEnds() throws Exception {
        MaskerPane masker = fx(MaskerPane::new);
        HeldLoad load = new HeldLoad();
        // Not in the same pulse as the start: a quick load never flickers.
        assertFalse(fx(() -> {
            new LoadMasker(masker).track(load);
            load.start();
            return masker.isVisible();
        }));
        await(masker::isVisible);
        load.release.countDown();
        await(() -> !masker.isVisible() && !load.isRunning());
        assertFalse(fx(masker::isVisible));
        assertTrue(fx(() -> load.getState() == javafx.concurrent.Worker.State.SUCCEEDED));
    }
}
