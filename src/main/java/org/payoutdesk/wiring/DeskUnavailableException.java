package org.payoutdesk.wiring;

/** Something the desk needs could not be opened (Redis unreachable...): one line for the operator; exit 1. */
public final class DeskUnavailableException extends RuntimeException {
    public DeskUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
