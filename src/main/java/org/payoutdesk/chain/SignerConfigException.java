package org.payoutdesk.chain;

/**
 * The signer cannot be set up: keystore missing or unreadable, wrong password, or a key for another
 * address than the pool's. A configuration problem, not a node failure; never carries the password.
 */
public class SignerConfigException extends RuntimeException {
    public SignerConfigException(String message) {
        super(message);
    }

    public SignerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
