package org.payoutdesk.chain;

/** Who holds the pool's key: the node (eth_sendTransaction, as the Go pool) or a local keystore file. */
public enum SignerKind {
    NODE_ACCOUNT,
    KEYSTORE
}
