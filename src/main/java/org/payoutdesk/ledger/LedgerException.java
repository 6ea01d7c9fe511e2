package org.payoutdesk.ledger;

/** Redis could not be reached or answered with an error; carries a message for the operator. */
public class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public LedgerException(String message) {
        super(message);
    }
}
