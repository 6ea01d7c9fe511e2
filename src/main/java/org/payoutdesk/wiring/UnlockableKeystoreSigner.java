package org.payoutdesk.wiring;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.math.BigInteger;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.KeystoreSigner;
import org.payoutdesk.chain.SignedTransfer;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerCheck;
import org.payoutdesk.chain.SignerConfigException;
import org.payoutdesk.chain.SignerKind;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.payout.KeystoreUnlock;
import org.payoutdesk.payout.PaymentException;

/**
 * A keystore signer for the window: it starts locked (no password file) and is unlocked once by the
 * operator's password. Until then it signs nothing and its check says how to unlock it, so the plan
 * shows a blocker instead of failing.
 */
public final class UnlockableKeystoreSigner implements Signer, KeystoreUnlock {
    private final Web3EthNode node;
    private final Path keystore;
    private final String poolAddress;
    private volatile KeystoreSigner unlocked;

    public UnlockableKeystoreSigner(Web3EthNode node, Path keystore, String poolAddress) {
        this.node = node;
        this.keystore = keystore;
        this.poolAddress = poolAddress.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String keystoreName() {
        return keystore.getFileName().toString();
    }

    @Override
    public boolean unlocked() {
        return unlocked != null;
    }

    /** Decrypts the keystore; a wrong password (or the key of another address) is a PaymentException. Wipes the password. */
    @Override
    public synchronized void unlock(char[] password) {
        try {
            if (unlocked != null) return;
            unlocked = KeystoreSigner.open(node, keystore, password, poolAddress);
        } catch (SignerConfigException e) {
            throw new PaymentException(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String address() {
        return poolAddress;
    }

    @Override
    public SignerKind kind() {
        return SignerKind.KEYSTORE;
    }

    @Override
    public SignerCheck checkUnlocked() {
        KeystoreSigner s = unlocked;
        return s != null ? s.checkUnlocked()
                : SignerCheck.locked("keystore " + keystoreName() + " is locked: unlock it in the window");
    }

    @Override
    public SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees) {
        return signer().sign(to, valueWei, nonce, fees);
    }

    @Override
    public String send(SignedTransfer transfer) {
        return signer().send(transfer);
    }

    private KeystoreSigner signer() {
        KeystoreSigner s = unlocked;
        if (s == null) throw new SignerConfigException("keystore " + keystoreName() + " is locked: unlock it in the window");
        return s;
    }

    @Override
    public String toString() {
        return "UnlockableKeystoreSigner[" + poolAddress + ", " + keystoreName() + (unlocked() ? ", unlocked]" : ", locked]");
    }
}
