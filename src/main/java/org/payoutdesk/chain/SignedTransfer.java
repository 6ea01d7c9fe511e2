package org.payoutdesk.chain;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A value transfer prepared by a {@link Signer}, not sent yet. When the signer signs locally
 * (keystore) it carries the raw signed transaction and its {@code hash}, known before sending, so
 * the engine can journal the hash first. From a node-account signer it carries no hash: the node
 * signs inside {@code eth_sendTransaction} and the hash is known only when {@link Signer#send} returns.
 * {@code fees} is empty when the node chooses them (autoGas); {@code nonce} is empty when the node does.
 */
public record SignedTransfer(SignerKind signedBy, String from, String to, BigInteger valueWei, OptionalLong nonce,
                             Optional<Fees> fees, Optional<String> hash, Optional<String> rawTransaction) {
    public SignedTransfer {
        if (rawTransaction.isPresent() != hash.isPresent()) {
            throw new IllegalArgumentException("a pre-signed transfer has both its raw transaction and its hash");
        }
    }

    /** True when {@link #hash()} is the hash this transfer will have on chain, before it is sent. */
    public boolean hashKnownBeforeSend() {
        return hash.isPresent();
    }

    @Override
    public String toString() {
        return "SignedTransfer[" + signedBy + " " + from + " -> " + to + " " + valueWei + " wei, nonce "
                + (nonce.isPresent() ? nonce.getAsLong() : "by node") + ", fees " + fees.map(Object::toString).orElse("by node")
                + ", hash " + hash.orElse("after send") + "]";
    }
}
