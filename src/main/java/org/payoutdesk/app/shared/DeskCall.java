package org.payoutdesk.app.shared;

import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;

/**
 * One payout-engine call (approve, roll back, verify a hash, credit back…) off the JavaFX thread.
 * The caller hands the call to {@link #run}; a new call cancels one still running.
 */
public final class DeskCall<T> extends LedgerLoad<T> {
    private Callable<T> next;

    public void run(Callable<T> call) {
        next = call;
        restart();
    }

    @Override
    protected Callable<T> work() {
        return next;
    }
}
