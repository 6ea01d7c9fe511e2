package org.payoutdesk.payout;

/**
 * Progress of a batch, called on the thread that runs it (the window hops to the FX thread).
 * Every method has a default so a caller implements only what it shows.
 */
public interface BatchListener {
    default void started(int total) { }

    default void paying(int index, int total, PlannedPayment payment) { }

    default void step(PlannedPayment payment, PaymentStep step, String detail) { }

    default void paid(int done, int total, PaidPayment payment) { }

    default void skipped(SkippedPayment payment) { }

    default void halted(String lastFail) { }

    default void log(String line) { }

    BatchListener NONE = new BatchListener() { };
}
