package org.payoutdesk.chain;

/**
 * The pool account's next nonce including the mempool ({@code eth_getTransactionCount(address, "pending")})
 * and the head block number, read together: what a batch checks between two payments.
 */
public record NonceAndHead(long pendingNonce, long headBlock) { }
