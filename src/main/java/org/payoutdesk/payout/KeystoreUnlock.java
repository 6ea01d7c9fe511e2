package org.payoutdesk.payout;

/**
 * A keystore signer that starts locked and is unlocked by the operator at run time (the window's
 * password dialog). The password is used to decrypt and then wiped; it is never stored or logged.
 */
public interface KeystoreUnlock {
    /** The keystore file's name, for the dialog. */
    String keystoreName();

    boolean unlocked();

    /** Decrypts the keystore; throws {@link PaymentException} with a plain message on a wrong password. Wipes {@code password}. */
    void unlock(char[] password);
}
