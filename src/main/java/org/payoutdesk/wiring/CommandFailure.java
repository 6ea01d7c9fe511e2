package org.payoutdesk.wiring;

/**
 * A command could not run or stopped (Redis unreachable, node down, batch halted before any
 * result): a one-line reason for the operator; exit 1.
 */
public final class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
