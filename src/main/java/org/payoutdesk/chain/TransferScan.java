package org.payoutdesk.chain;

import java.util.List;

/**
 * What a block scan for transfers searched and found. Only a {@link #complete()} scan says anything
 * about the blocks it did not reach: a stopped one must never be read as "no transfer".
 *
 * @param found     matching transfers in blocks {@code fromBlock..scannedTo}, oldest first
 * @param lastBlock the last block of the range (the range asked for, capped at the head)
 * @param scannedTo every block {@code fromBlock..scannedTo} was searched ({@code fromBlock - 1}: none)
 * @param failure   the node's failure when {@code stop} is {@link Stop#NODE_FAILED}, else null
 */
public record TransferScan(List<ChainTx> found, long fromBlock, long lastBlock, long scannedTo, Stop stop,
                           ChainException failure) {

    /** Why the scan ended. */
    public enum Stop {
        /** Every block of the range was searched. */
        COMPLETE,
        /** The operator asked to stop (or the scanning thread was interrupted). */
        CANCELLED,
        /** The node failed mid-way; {@link #failure()} says how. */
        NODE_FAILED
    }

    public TransferScan {
        found = List.copyOf(found);
    }

    public boolean complete() {
        return stop == Stop.COMPLETE;
    }

    public long blocksTotal() {
        return Math.max(0, lastBlock - fromBlock + 1);
    }

    public long blocksScanned() {
        return Math.max(0, scannedTo - fromBlock + 1);
    }

    /**
     * For evidence: "scanned blocks 100–449 of 100–5000, stopped by the operator"; "scanned no block of
     * 100–5000, stopped by a node failure (...)"; "scanned blocks 100–5000" when complete.
     */
    public String describe() {
        String of = fromBlock + "–" + lastBlock;
        if (stop == Stop.COMPLETE) return blocksTotal() == 0 ? "no block to scan" : "scanned blocks " + of;
        String done = blocksScanned() == 0 ? "scanned no block" : "scanned blocks " + fromBlock + "–" + scannedTo;
        return done + " of " + of + ", stopped " + (stop == Stop.CANCELLED ? "by the operator"
                : "by a node failure (" + (failure == null ? "no detail" : failure.getMessage()) + ")");
    }
}
