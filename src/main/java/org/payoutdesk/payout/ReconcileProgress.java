package org.payoutdesk.payout;

import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PendingPayment;

/**
 * Follows a reconciliation's block scans (legacy entries without a journal, and journalled nonces that
 * were used) and may stop them. Called on the reconciling thread, once per batch of blocks; the window
 * and the command line hop threads or throttle themselves. Every method has a default.
 */
public interface ReconcileProgress {
    /** The scan for {@code entry} will read blocks {@code fromBlock..lastBlock}. */
    default void scanStarted(PendingPayment entry, long fromBlock, long lastBlock) { }

    /** {@code blocksDone} of {@code blocksTotal} blocks searched for {@code entry}, up to {@code currentBlock}. */
    default void scanned(PendingPayment entry, long blocksDone, long blocksTotal, long currentBlock) { }

    /** The scan for {@code entry} ended: complete, stopped by the operator, or by a node failure. */
    default void scanEnded(PendingPayment entry, TransferScan scan) { }

    /**
     * True once the operator asked to stop. The scan under way stops, later ones stop before their first
     * block, and each such entry gets UNKNOWN with the blocks that were searched: a partial scan is never
     * evidence that a payment did not go out.
     */
    default boolean cancelled() { return false; }

    ReconcileProgress NONE = new ReconcileProgress() { };
}
