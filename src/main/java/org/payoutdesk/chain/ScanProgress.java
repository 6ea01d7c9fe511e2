package org.payoutdesk.chain;

/**
 * Follows a block scan ({@link EthNode#findTransfers(String, String, java.math.BigInteger, long, long, ScanProgress)})
 * and may stop it. Called on the scanning thread, in block order, once per batch of blocks (never once
 * per block); a caller that shows it elsewhere hops threads itself.
 */
public interface ScanProgress {
    /** The scan will read blocks {@code fromBlock..lastBlock} (the head caps the range asked for). */
    default void started(long fromBlock, long lastBlock) { }

    /**
     * Blocks {@code fromBlock..currentBlock} are scanned: {@code blocksDone} of {@code blocksTotal}.
     * Only a contiguous run from the start counts, so the figures are exactly what was searched.
     */
    void scanned(long blocksDone, long blocksTotal, long currentBlock);

    /**
     * Asked before each request and while waiting for an answer; once true the scan stops and returns
     * what it scanned so far. An interrupt of the scanning thread stops it the same way.
     */
    default boolean cancelled() { return false; }

    /** Nobody watching, never cancelled. */
    ScanProgress NONE = (done, total, block) -> { };
}
