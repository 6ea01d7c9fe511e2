package org.payoutdesk.app.review;

import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.SignedTransfer;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerCheck;
import org.payoutdesk.chain.SignerKind;

/**
 * The real node-account signer with a hook run before each broadcast (given the 1-based send count):
 * the halt test kills anvil there, so the failure is a real one.
 */
final class HookedSigner implements Signer {
    private final Signer real;
    private final AtomicInteger sends = new AtomicInteger();
    volatile IntConsumer beforeSend = n -> { };

    HookedSigner(Signer real) {
        this.real = real;
    }

    @Override public String address() { return real.address(); }

    @Override public SignerKind kind() { return real.kind(); }

    @Override public SignerCheck checkUnlocked() { return real.checkUnlocked(); }

    @Override
    public SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees) {
        return real.sign(to, valueWei, nonce, fees);
    }

    @Override
    public String send(SignedTransfer transfer) {
        beforeSend.accept(sends.incrementAndGet());
        return real.send(transfer);
    }
}
