package org.payoutdesk.chain;

/**
 * How a call to the node failed. What matters to the payout engine is whether a transaction sent
 * in that call may have gone out: only {@link #UNREACHABLE} and {@link #REJECTED} say it did not.
 */
public enum ChainFailure {
    /** No connection could be made: the request never reached the node. */
    UNREACHABLE,
    /** The request was sent but no answer came in time (or the connection dropped): outcome unknown. */
    TIMEOUT,
    /** The node answered with a JSON-RPC error (insufficient funds, unknown method, ...). */
    REJECTED,
    /** The node (or a proxy in front of it) answered with something that is not a JSON-RPC answer. */
    BAD_RESPONSE;

    /** True when a transaction sent in the failed call certainly did not go out by that call. */
    public boolean certainlyNotSent() {
        return this == UNREACHABLE || this == REJECTED;
    }
}
