package org.payoutdesk.chain;

import java.util.List;

/**
 * The not-yet-mined transactions from one address as the node listed them (its pending and queued ones),
 * and the call that listed them: {@code txpool_contentFrom}, {@code txpool_content} or
 * {@code eth_getBlockByNumber(pending)}. A listing proves nothing by itself: a pending block holds only
 * what fits in one block and the mempool moves between calls, so compare it with the address's nonces
 * before trusting it to be complete.
 */
public record MempoolListing(List<ChainTx> transactions, String source) {
    public MempoolListing {
        transactions = List.copyOf(transactions);
    }
}
