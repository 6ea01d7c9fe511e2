package org.payoutdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.RawRpc;

class Web3EthNodeTest extends NodeCase {
    private NodeAccountSigner pool;
    private NodeAccountSigner other;

    @BeforeEach
    void signers() {
        pool = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true);
        other = new NodeAccountSigner(node, LocalAnvil.ACCOUNT_1, true);
    }

    private String pay(NodeAccountSigner from, String to, BigInteger wei) {
        String hash = from.send(from.sign(to, wei, OptionalLong.empty(), null));
        node.awaitReceipt(hash, Duration.ofSeconds(10)).orElseThrow();
        return hash;
    }

    @Test
    void chainIdSyncingAndPeers() {
        assertEquals(31337L, node.chainId());
        assertFalse(node.syncing());
        PeerCount peers = node.peerCount();
        assertFalse(peers.known(), "anvil has no net_peerCount: " + peers);
        assertTrue(peers.satisfies(0));
        assertFalse(peers.satisfies(1));
        assertTrue(peers.describe(25).contains("requirePeers is 25"), peers.describe(25));
    }

    @Test
    void blockNumberAdvancesAfterATransaction() {
        long before = node.blockNumber();
        pay(pool, RawRpc.randomAddress(), BigInteger.ONE);
        assertEquals(before + 1, node.blockNumber());
    }

    @Test
    void balanceAndNonceAreExactInWei() {
        String payee = RawRpc.randomAddress();
        assertEquals(BigInteger.ZERO, node.balance(payee));
        assertEquals(0L, node.nonce(payee, BlockTag.LATEST));
        long nonceBefore = node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.LATEST);
        assertEquals(nonceBefore, node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING));
        BigInteger senderBefore = node.balance(LocalAnvil.ACCOUNT_0);
        BigInteger amount = Shannon.toWei(1_234_567_891L).add(BigInteger.valueOf(7)); // not a round number

        String hash = pay(pool, payee, amount);

        assertEquals(amount, node.balance(payee));
        assertEquals(nonceBefore + 1, node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.LATEST));
        Receipt r = node.receipt(hash).orElseThrow();
        assertEquals(senderBefore.subtract(amount).subtract(r.feeWei().orElseThrow()), node.balance(LocalAnvil.ACCOUNT_0));
    }

    @Test
    void receiptAndTransactionOfAMinedTransfer() {
        String payee = RawRpc.randomAddress();
        long nonce = node.nonce(LocalAnvil.ACCOUNT_0, BlockTag.PENDING);
        BigInteger amount = BigInteger.valueOf(5_000_000_000_000_000L);
        String hash = pay(pool, payee, amount);

        Receipt r = node.receipt(hash).orElseThrow();
        assertEquals(hash, r.hash());
        assertEquals(Receipt.Status.SUCCESS, r.status());
        assertTrue(r.succeeded());
        assertEquals(LocalAnvil.ACCOUNT_0, r.from());
        assertEquals(Optional.of(payee), r.to());
        assertEquals(Fees.TRANSFER_GAS, r.gasUsed());
        assertEquals(node.blockNumber(), r.blockNumber());
        assertTrue(r.effectiveGasPrice().orElseThrow().signum() > 0);

        ChainTx tx = node.transaction(hash).orElseThrow();
        assertEquals(new ChainTx(hash, LocalAnvil.ACCOUNT_0, Optional.of(payee), amount, nonce,
                OptionalLong.of(r.blockNumber()), true), tx);
    }

    @Test
    void unknownHashHasNoReceiptAndNoTransaction() {
        String nobody = "0x" + "ab".repeat(32);
        assertEquals(Optional.empty(), node.receipt(nobody));
        assertEquals(Optional.empty(), node.transaction(nobody));
        long t0 = System.nanoTime();
        assertEquals(Optional.empty(), node.awaitReceipt(nobody, Duration.ofMillis(400)));
        assertTrue(System.nanoTime() - t0 >= 400_000_000L);
        assertThrows(IllegalArgumentException.class, () -> node.receipt("0x1234"));
        assertThrows(IllegalArgumentException.class, () -> node.balance("not-an-address"));
    }

    @Test
    void gasPriceAndFeeSuggestion() {
        BigInteger gasPrice = node.gasPrice();
        assertTrue(gasPrice.signum() > 0);
        FeeSuggestion fees = node.feeSuggestion();
        assertTrue(fees.baseFeeWei().signum() > 0, fees.toString());
        assertTrue(fees.tipFromNode(), "anvil implements eth_maxPriorityFeePerGas");
        assertEquals(fees.baseFeeWei().multiply(BigInteger.TWO).add(fees.priorityFeeWei()), fees.maxFeeWei());
        Fees f = fees.toFees();
        assertEquals(Fees.Type.EIP1559, f.type());
        assertEquals(Fees.TRANSFER_GAS, f.gasLimit());
        assertEquals(fees.maxFeeWei().multiply(Fees.TRANSFER_GAS), f.maxCostWei());
    }

    @Test
    void findTransfersFindsExactlyTheMatchingTransfer() {
        String payee = RawRpc.randomAddress();
        String stranger = RawRpc.randomAddress();
        BigInteger amount = Shannon.toWei(250_000_000L);
        long start = node.blockNumber() + 1;
        pay(pool, payee, amount.add(BigInteger.ONE));     // other value
        String wanted = pay(pool, payee, amount);         // the one
        pay(pool, stranger, amount);                      // other recipient
        pay(other, payee, amount);                        // other sender
        long end = node.blockNumber();

        List<ChainTx> found = node.findTransfers(LocalAnvil.ACCOUNT_0, payee.toUpperCase().replace("0X", "0x"),
                amount, start, end + 100);
        assertEquals(1, found.size(), found.toString());
        assertEquals(wanted, found.get(0).hash());
        assertEquals(amount, found.get(0).valueWei());
        assertEquals(OptionalLong.of(start + 1), found.get(0).blockNumber());

        assertEquals(List.of(), node.findTransfers(LocalAnvil.ACCOUNT_0, payee, amount, start + 2, end));
        assertEquals(List.of(), node.findTransfers(LocalAnvil.ACCOUNT_0, payee, amount, start, start));
        assertThrows(IllegalArgumentException.class,
                () -> node.findTransfers(LocalAnvil.ACCOUNT_0, payee, amount, 10, 9));
        assertThrows(IllegalArgumentException.class,
                () -> node.findTransfers(LocalAnvil.ACCOUNT_0, payee, amount, 0, Web3EthNode.MAX_SCAN_BLOCKS));
    }

    @Test
    void findTransfersAcrossManyBatches(LocalAnvil anvil) {
        String payee = RawRpc.randomAddress();
        long start = node.blockNumber() + 1;
        for (int i = 0; i < Web3EthNode.SCAN_BATCH * 2 + 3; i++) RawRpc.call(anvil.rpcUrl(), "evm_mine", "[]");
        String hash = pay(pool, payee, BigInteger.TEN);
        RawRpc.call(anvil.rpcUrl(), "evm_mine", "[]");
        List<ChainTx> found = node.findTransfers(LocalAnvil.ACCOUNT_0, payee, BigInteger.TEN, start, node.blockNumber());
        assertEquals(1, found.size());
        assertEquals(hash, found.get(0).hash());
    }

    @Test
    void firstBlockAtOrAfterATimestamp(LocalAnvil anvil) {
        long head = node.blockNumber();
        long t = node.blockTimestamp(head);
        RawRpc.mineAt(anvil.rpcUrl(), t + 100);
        RawRpc.mineAt(anvil.rpcUrl(), t + 200);
        RawRpc.mineAt(anvil.rpcUrl(), t + 300);
        assertEquals(t + 200, node.blockTimestamp(head + 2));

        assertEquals(OptionalLong.of(head + 1), node.firstBlockAtOrAfter(t + 1));
        assertEquals(OptionalLong.of(head + 2), node.firstBlockAtOrAfter(t + 150));
        assertEquals(OptionalLong.of(head + 2), node.firstBlockAtOrAfter(t + 200));
        assertEquals(OptionalLong.of(head + 3), node.firstBlockAtOrAfter(t + 300));
        assertEquals(OptionalLong.empty(), node.firstBlockAtOrAfter(t + 301));
        assertEquals(OptionalLong.of(0), node.firstBlockAtOrAfter(0));
        assertThrows(IllegalArgumentException.class, () -> node.blockTimestamp(head + 1000));
    }
}
