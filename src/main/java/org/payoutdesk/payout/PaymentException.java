package org.payoutdesk.payout;

/** An operator action was refused, with a message that says why and what to do. */
public class PaymentException extends RuntimeException {
    public PaymentException(String message) {
        super(message);
    }

    public PaymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
