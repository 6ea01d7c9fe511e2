package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.RawRpc;

class NodeAccountSignerTest extends NodeCase {
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

    @Test
    void devAccountIsUnlockedAndAForeignAddressIsLocked() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        SignerCheck ok = pool.checkUnlocked();
        assertTrue(ok.unlocked(), ok.message());
        assertEquals(SignerKind.NODE_ACCOUNT, pool.kind());

        String foreign = RawRpc.randomAddress();
        SignerCheck locked = new NodeAccountSigner(node, foreign, true).checkUnlocked();
        assertFalse(locked.unlocked());
        assertTrue(locked.message().contains(foreign), locked.message());
    }

    @Test
    void autoGasSendLetsTheNodeChooseAndTheHashComesAfterSend() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        String payee = RawRpc.randomAddress();
        BigInteger amount = new BigInteger("1500000000000000001");
        // autoGas: fees given here are ignored, as the pool ignores gas/gasPrice with autoGas on.
        SignedTransfer t = pool.sign(payee, amount, OptionalLong.empty(), Fees.legacy(GWEI.multiply(BigInteger.valueOf(77))));
        assertFalse(t.hashKnownBeforeSend());
        assertEquals(Optional.empty(), t.fees());
        assertEquals(Optional.empty(), t.hash());

        String hash = pool.send(t);

        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        assertTrue(r.effectiveGasPrice().orElseThrow().compareTo(GWEI.multiply(BigInteger.valueOf(77))) < 0,
                "the node's own price was used: " + r);
        assertEquals(amount, node.balance(payee));
    }

    @Test
    void fixedGasSendUsesTheGivenGasPriceAndNonce() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, false);
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING);
        BigInteger price = GWEI.multiply(BigInteger.valueOf(3));

        SignedTransfer t = pool.sign(payee, BigInteger.valueOf(42), OptionalLong.of(nonce), Fees.legacy(price));
        String hash = pool.send(t);

        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertEquals(Optional.of(price), r.effectiveGasPrice());
        assertEquals(nonce, node.transaction(hash).orElseThrow().nonce());
        assertEquals(BigInteger.valueOf(42), node.balance(payee));
        assertThrows(IllegalArgumentException.class, () -> pool.sign(payee, BigInteger.ONE, OptionalLong.empty(), null));
    }

    @Test
    void fixedEip1559FeesAreSentAsMaxFeeAndTip() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, false);
        String payee = RawRpc.randomAddress();
        FeeSuggestion s = node.feeSuggestion();
        String hash = pool.send(pool.sign(payee, BigInteger.TEN, OptionalLong.empty(), s.toFees()));
        Receipt r = node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        assertTrue(r.succeeded());
        BigInteger paid = r.effectiveGasPrice().orElseThrow();
        assertTrue(paid.compareTo(s.maxFeeWei()) <= 0 && paid.compareTo(s.priorityFeeWei()) >= 0, paid + " vs " + s);
    }

    @Test
    void insufficientFundsIsRejectedSoCertainlyNotSent() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        long nonce = node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING);
        SignedTransfer t = pool.sign(RawRpc.randomAddress(), LocalAnvil.DEV_BALANCE_WEI.multiply(BigInteger.TWO),
                OptionalLong.empty(), null);

        ChainException e = assertThrows(ChainException.class, () -> pool.send(t));

        assertEquals(ChainFailure.REJECTED, e.failure());
        assertTrue(e.failure().certainlyNotSent());
        assertEquals("eth_sendTransaction", e.method());
        assertTrue(e.getMessage().toLowerCase().contains("insufficient funds"), e.getMessage());
        assertEquals(nonce, node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING));
    }

    @Test
    void aTransferFromAnotherSignerIsRefused() {
        NodeAccountSigner pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        NodeAccountSigner other = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_1, true);
        SignedTransfer t = other.sign(RawRpc.randomAddress(), BigInteger.ONE, OptionalLong.empty(), null);
        assertThrows(IllegalArgumentException.class, () -> pool.send(t));
        assertThrows(IllegalArgumentException.class,
                () -> pool.sign("0xnot", BigInteger.ONE, OptionalLong.empty(), null));
        assertThrows(IllegalArgumentException.class,
                () -> pool.sign(RawRpc.randomAddress(), BigInteger.ZERO, OptionalLong.empty(), null));
    }
}
