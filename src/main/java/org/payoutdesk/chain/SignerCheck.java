package org.payoutdesk.chain;

/** Whether the signer can sign for the pool address now, with a line for the operator. */
public record SignerCheck(boolean unlocked, String message) {
    public static SignerCheck ok(String message) { return new SignerCheck(true, message); }

    public static SignerCheck locked(String message) { return new SignerCheck(false, message); }
}
