package org.payoutdesk.app.status;

/** The node did not answer a health check; the message says why (for the tooltip). */
public final class NodeDownException extends RuntimeException {
    public NodeDownException(String message) {
        super(message);
    }
}
