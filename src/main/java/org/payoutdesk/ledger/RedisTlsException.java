package org.payoutdesk.ledger;

/** A {@code desk.redisTls} file that cannot be used; the message names the field (a config error). */
public final class RedisTlsException extends RuntimeException {
    RedisTlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
