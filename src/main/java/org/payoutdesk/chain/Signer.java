package org.payoutdesk.chain;

import java.math.BigInteger;
import java.util.OptionalLong;

/**
 * Signs and sends the pool's value transfers, in two steps so the payout engine can journal
 * everything it knows before anything leaves the machine:
 * <pre>
 *   SignedTransfer t = signer.sign(login, wei, OptionalLong.of(nonce), fees);  // nothing sent
 *   if (t.hashKnownBeforeSend()) journal(t.hash().get());                      // keystore only
 *   String hash = signer.send(t);                                              // the broadcast
 *   journal(hash);
 * </pre>
 * {@link #send} throws {@link ChainException}; when {@code failure().certainlyNotSent()} is false
 * (TIMEOUT, BAD_RESPONSE) the transfer may be out and must be resolved, never retried blindly.
 */
public interface Signer {
    /** The pool address this signer signs for, lower-case. */
    String address();

    SignerKind kind();

    /**
     * Can it sign now? Node account: {@code eth_sign(address, sha256("0x0"))} as the Go pool does;
     * an error or a zero signature means locked. Throws ChainException when the node is unreachable.
     */
    SignerCheck checkUnlocked();

    /**
     * Prepares a transfer of {@code valueWei} to {@code to}. Sends nothing. A keystore signer needs
     * the nonce and the fees; a node-account signer passes them on only when given (nonce) or when
     * autoGas is off (fees).
     */
    SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees);

    /**
     * Prepares a replacement at {@code nonce} (a speed-up, or a cancel: 0 wei to the pool itself) with
     * exactly these fees, whichever signer: a node-account signer passes nonce and fees even with autoGas.
     */
    default SignedTransfer signReplacement(String to, BigInteger valueWei, long nonce, Fees fees) {
        return sign(to, valueWei, OptionalLong.of(nonce), fees);
    }

    /** Broadcasts a transfer this signer prepared; returns its transaction hash. */
    String send(SignedTransfer transfer);
}
