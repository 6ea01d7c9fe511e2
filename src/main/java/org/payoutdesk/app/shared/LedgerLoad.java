package org.payoutdesk.app.shared;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * A background read of the ledger. Subclasses capture their parameters on the JavaFX thread in
 * {@link #work()} and return the call to run off it; {@code restart()} cancels a stale load, whose
 * result is then never delivered.
 */
public abstract class LedgerLoad<T> extends Service<T> {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Daemon threads so a hung Redis call never keeps the JVM alive after the window closed. */
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ledger-load-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    protected LedgerLoad() {
        setExecutor(EXECUTOR);
    }

    /** Called on the JavaFX thread: read parameters here, never touch the ledger. */
    protected abstract Callable<T> work();

    @Override
    protected final Task<T> createTask() {
        Callable<T> call = work();
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return call.call();
            }
        };
    }
}
