package org.payoutdesk.wiring;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.SignedTransfer;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerCheck;
import org.payoutdesk.chain.SignerKind;

/**
 * The signer while payouts.address is still the pool's "0x0": status, plan and audit can look at
 * the ledger, and anything that would sign is refused (the plan shows a CONFIG blocker too).
 */
final class UnsetAddressSigner implements Signer {
    static final String ZERO_ADDRESS = "0x" + "0".repeat(40);
    private static final String WHY = "payouts.address is not set: there is no pool wallet to sign for";

    @Override
    public String address() {
        return ZERO_ADDRESS;
    }

    @Override
    public SignerKind kind() {
        return SignerKind.NODE_ACCOUNT;
    }

    @Override
    public SignerCheck checkUnlocked() {
        return SignerCheck.locked(WHY);
    }

    @Override
    public SignedTransfer sign(String to, BigInteger valueWei, OptionalLong nonce, Fees fees) {
        throw new IllegalStateException(WHY);
    }

    @Override
    public String send(SignedTransfer transfer) {
        throw new IllegalStateException(WHY);
    }
}
