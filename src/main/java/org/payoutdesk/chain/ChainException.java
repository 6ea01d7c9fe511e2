package org.payoutdesk.chain;

import java.util.OptionalInt;

/** A node call failed; the message is meant for the operator, {@link #failure()} for the engine. */
public class ChainException extends RuntimeException {
    private final ChainFailure failure;
    private final String method;
    private final Integer errorCode;

    public ChainException(ChainFailure failure, String method, Integer errorCode, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.method = method;
        this.errorCode = errorCode;
    }

    public ChainFailure failure() { return failure; }

    /** The JSON-RPC method that failed, e.g. {@code eth_sendRawTransaction}. */
    public String method() { return method; }

    /** The node's JSON-RPC error code, for {@link ChainFailure#REJECTED}. */
    public OptionalInt errorCode() {
        return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** True when the JSON-RPC method is not implemented by this node (error -32601). */
    public boolean methodNotFound() {
        return failure == ChainFailure.REJECTED && errorCode != null && errorCode == -32601;
    }
}
