package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainFailure;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.MempoolListing;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * Legacy pending payments (no journal) while the pool has transactions in the mempool (automine off):
 * a complete listing with no match still proves NOT_SENT, a match is IN_MEMPOOL, and a listing that is
 * missing, failing or inconsistent leaves UNKNOWN.
 */
class MempoolReconcileTest extends EngineCase {
    private static final long AMOUNT = 700_000_000L;
    private static final String WHY = "no journal (a legacy entry); ";

    private ChainRpc rpc;

    /** Leaves the class's anvil mining again with an empty mempool. */
    @AfterEach
    void emptyTheMempool() {
        if (rpc == null) return;
        rpc.call("anvil_dropAllTransactions");
        rpc.automine(true);
    }

    /** Mines a few blocks (the scan has a range to search), then stops mining; returns the head block's time. */
    private long stopMining(EngineRig rig) {
        rpc = rig.rpc;
        for (int i = 0; i < 3; i++) rig.rpc.mine();
        rig.rpc.automine(false);
        return rig.node.blockTimestamp(rig.node.blockNumber());
    }

    /** The Go pool's lock and debit at {@code at}; returns the pending member. */
    private static String debit(EngineRig rig, String login, long at) {
        assertTrue(rig.pool.lockPayouts(login, AMOUNT));
        rig.pool.updateBalance(login, AMOUNT, at);
        return login + ":" + AMOUNT;
    }

    /** A debit the Go pool never sent, then no more mining. */
    private String debitThenStopMining(EngineRig rig, String login) {
        return debit(rig, login, stopMining(rig));
    }

    private static Reconciliation only(List<Reconciliation> rs, String member) {
        return rs.stream().filter(r -> r.entry().member().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError("no verdict for " + member + " in " + rs));
    }

    /** eth_sendTransaction with an explicit nonce (beyond the pending one: queued behind a gap). */
    private static String sendWithNonce(EngineRig rig, String to, BigInteger wei, long nonce) {
        return rig.rpc.call("eth_sendTransaction", "{\"from\":" + ChainRpc.q(rig.poolAddress) + ",\"to\":" + ChainRpc.q(to)
                + ",\"value\":" + ChainRpc.q(ChainRpc.hex(wei)) + ",\"nonce\":" + ChainRpc.q(ChainRpc.hex(BigInteger.valueOf(nonce))) + "}");
    }

    @Test
    void aCompleteListingWithoutTheTransferIsNotSentAndResolveRollsItBackExactly() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            GoPoolFixture f = rig.pool;
            String pool = rig.poolAddress;
            List<String> l = EngineRig.logins(2);
            String miner = l.get(0), other = l.get(1);
            f.credit(miner, 2 * AMOUNT);
            long at = stopMining(rig);
            long latest = rig.rpc.nonce(pool, "latest");
            // an earlier payment of the same amount: sent and recorded by WritePayment, not mined yet
            debit(rig, miner, at);
            String earlier = rig.rpc.transfer(pool, miner, EngineRig.wei(AMOUNT));
            f.writePayment(miner, earlier, AMOUNT, at);
            Map<String, String> minerBefore = rig.miner(miner);
            Map<String, String> financesBefore = f.raw.hgetall(f.key("finances"));
            // the stuck one: debited, never sent
            String member = debit(rig, miner, at);
            // the pool's other traffic, unmined: the amount to another login, 1 wei more to the miner, one behind a gap
            String toOther = rig.rpc.transfer(pool, other, EngineRig.wei(AMOUNT));
            String oneWeiMore = rig.rpc.transfer(pool, miner, EngineRig.wei(AMOUNT).add(BigInteger.ONE));
            String queued = sendWithNonce(rig, other, BigInteger.ONE, latest + 10);
            assertEquals(latest + 3, rig.rpc.nonce(pool, "pending"));

            Reconciliation r = only(rig.desk.reconcile(), member);

            assertEquals(Verdict.NOT_SENT, r.verdict(), r.evidence());
            assertTrue(r.evidence().startsWith(WHY + "no transfer from the pool to " + miner + " of 0.7 ETH in blocks "), r.evidence());
            assertTrue(r.evidence().endsWith(" (every block since the debit), and none of the pool's 3 transaction(s) in the mempool"
                    + " (nonces " + latest + ".." + (latest + 2) + ") is it (listed by txpool_content: "
                    + earlier + " (nonce " + latest + ", 0.7 ETH to " + miner + "), "
                    + toOther + " (nonce " + (latest + 1) + ", 0.7 ETH to " + other + "), "
                    + oneWeiMore + " (nonce " + (latest + 2) + ", 0.700000000000000001 ETH to " + miner + "), "
                    + queued + " (nonce " + (latest + 10) + ", 0.000000000000000001 ETH to " + other + ")"
                    + "; 1 of them beyond the pending nonce)"), r.evidence());

            List<Reconciliation> resolved = rig.desk.resolve();
            assertEquals(Verdict.NOT_SENT, only(resolved, member).verdict());
            rig.assertSettled();
            assertEquals(minerBefore, rig.miner(miner));
            assertEquals(Map.of("balance", Long.toString(AMOUNT), "pending", "0", "paid", Long.toString(AMOUNT)), minerBefore);
            assertEquals(financesBefore, f.raw.hgetall(f.key("finances")));
            assertEquals(List.of(earlier + ":" + AMOUNT), List.copyOf(f.raw.zrange(f.key("payments", miner)).keySet()));
            List<Map<String, String>> trail = rig.ledger.auditTrail(5);
            Map<String, String> audit = trail.stream().filter(t -> "rollback".equals(t.get("action"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no rollback in " + trail));
            assertEquals(member, audit.get("member"));
            assertEquals("NOT_SENT", audit.get("verdict"));
            assertEquals(r.evidence(), audit.get("evidence"));
            // the pool's transactions are untouched, still waiting
            assertEquals(latest + 3, rig.rpc.nonce(pool, "pending"));
            assertEquals(latest, rig.rpc.nonce(pool, "latest"));
        }
    }

    @Test
    void theTransferInTheMempoolIsInMempoolAndRollbackIsRefusedUnlessForced() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            GoPoolFixture f = rig.pool;
            String pool = rig.poolAddress;
            List<String> l = EngineRig.logins(3);
            String waited = l.get(0), forced = l.get(1), other = l.get(2);
            f.credit(waited, 2 * AMOUNT);
            f.credit(forced, 2 * AMOUNT);
            long at = stopMining(rig);
            String waitedMember = debit(rig, waited, at);
            f.raw.ok("DEL", f.key("payments", "lock")); // two entries left by two crashes; the lock is the last one's
            String forcedMember = debit(rig, forced, at);
            long latest = rig.rpc.nonce(pool, "latest");
            rig.rpc.transfer(pool, other, EngineRig.wei(AMOUNT));
            String sentWaited = rig.rpc.transfer(pool, waited, EngineRig.wei(AMOUNT));
            String sentForced = rig.rpc.transfer(pool, forced, EngineRig.wei(AMOUNT));

            Map<String, Object> before = rig.poolKeys();
            List<Reconciliation> verdicts = rig.desk.resolve();
            assertEquals(before, rig.poolKeys(), "resolve leaves IN_MEMPOOL entries as they are");
            Reconciliation w = only(verdicts, waitedMember);
            assertEquals(Verdict.IN_MEMPOOL, w.verdict(), w.evidence());
            assertEquals(sentWaited, w.txHash().orElseThrow());
            assertEquals(latest + 1, w.nonce().getAsLong());
            assertTrue(w.block().isEmpty());
            assertTrue(w.evidence().startsWith(WHY + "transfer " + sentWaited + " (nonce " + (latest + 1) + ") from the pool to "
                    + waited + " of 0.7 ETH is in the mempool, not mined yet (listed by txpool_content; none mined in blocks "), w.evidence());
            Reconciliation fr = only(verdicts, forcedMember);
            assertEquals(Verdict.IN_MEMPOOL, fr.verdict(), fr.evidence());
            assertEquals(sentForced, fr.txHash().orElseThrow());

            PaymentException refused = assertThrows(PaymentException.class, () -> rig.desk.rollback(forcedMember, false));
            assertTrue(refused.getMessage().startsWith("refused: the verdict is IN_MEMPOOL (" + WHY + "transfer " + sentForced),
                    refused.getMessage());
            assertEquals(before, rig.poolKeys());

            Reconciliation done = rig.desk.rollback(forcedMember, true);
            assertEquals(Verdict.IN_MEMPOOL, done.verdict());
            assertEquals(Map.of("balance", Long.toString(2 * AMOUNT), "pending", "0"), rig.miner(forced));
            Map<String, String> audit = rig.ledger.auditTrail(1).getFirst();
            assertEquals("rollback-forced", audit.get("action"));
            assertEquals("IN_MEMPOOL", audit.get("verdict"));
            assertTrue(audit.get("evidence").contains(sentForced), audit.toString());

            // once mined, the waited one is PAID by the same transaction
            rig.rpc.mine();
            Reconciliation paid = only(rig.desk.resolve(), waitedMember);
            assertEquals(Verdict.PAID, paid.verdict(), paid.evidence());
            assertEquals(sentWaited, paid.txHash().orElseThrow());
            assertEquals(Map.of("balance", Long.toString(AMOUNT), "pending", "0", "paid", Long.toString(AMOUNT)), rig.miner(waited));
            rig.assertSettled();
        }
    }

    /** How a node's mempool listing goes wrong; each must leave UNKNOWN. */
    enum Fault {
        /** The listing misses the pool's second unmined transaction. */
        DROPS_ONE((node, from) -> {
            MempoolListing real = node.mempool(from);
            return new MempoolListing(real.transactions().stream().filter(t -> t.nonce() != latestOf(node, from) + 1).toList(),
                    real.source());
        }),
        /** The node does not answer in time. */
        TIMES_OUT((node, from) -> {
            throw new ChainException(ChainFailure.TIMEOUT, "txpool_content", null, "node " + node.endpoint()
                    + " did not answer txpool_content within 5000 ms; whether the node acted on it is unknown", null);
        }),
        /** The node offers no way to list it. */
        NOT_OFFERED(null),
        /** The listing names a transaction already mined: it moved while it was read. */
        LISTS_A_MINED_ONE((node, from) -> {
            MempoolListing real = node.mempool(from);
            List<ChainTx> txs = new ArrayList<>(real.transactions());
            txs.add(new ChainTx("0x" + "e".repeat(64), from, txs.getFirst().to(), BigInteger.ONE, latestOf(node, from) - 1,
                    java.util.OptionalLong.empty(), true));
            return new MempoolListing(txs, real.source());
        }),
        /** Two transactions with one nonce. */
        LISTS_A_NONCE_TWICE((node, from) -> {
            MempoolListing real = node.mempool(from);
            List<ChainTx> txs = new ArrayList<>(real.transactions());
            ChainTx t = txs.getFirst();
            txs.add(new ChainTx("0x" + "d".repeat(64), from, t.to(), t.valueWei(), t.nonce(), t.blockNumber(), true));
            return new MempoolListing(txs, real.source());
        });

        final BiFunction<EthNode, String, MempoolListing> listing;

        Fault(BiFunction<EthNode, String, MempoolListing> listing) {
            this.listing = listing;
        }

        private static long latestOf(EthNode node, String from) {
            return node.nonce(from, org.payoutdesk.chain.BlockTag.LATEST);
        }
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aMissingFailingOrInconsistentListingIsUnknownNeverNotSent(Fault fault) {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(2);
            String miner = l.get(0), other = l.get(1);
            rig.pool.credit(miner, 2 * AMOUNT);
            String member = debitThenStopMining(rig, miner);
            long latest = rig.rpc.nonce(rig.poolAddress, "latest");
            rig.rpc.transfer(rig.poolAddress, other, EngineRig.wei(AMOUNT));
            rig.rpc.transfer(rig.poolAddress, other, EngineRig.wei(AMOUNT + 1));
            String counted = "the pool's 2 transaction(s) in the mempool (nonces " + latest + ".." + (latest + 1) + ") may hold it: ";
            Map<String, Object> before = rig.poolBytes();

            // the real node lists both: NOT_SENT; only the spoilt listing makes it UNKNOWN
            Reconciliation control = only(rig.desk.reconcile(), member);
            assertEquals(Verdict.NOT_SENT, control.verdict(), control.evidence());

            Reconciler spoilt = new Reconciler(rig.ledger, new MempoolFaultNode(rig.node, fault.listing), rig.poolAddress, 10_000);
            Reconciliation r = only(spoilt.reconcileAll(), member);

            assertEquals(Verdict.UNKNOWN, r.verdict(), r.evidence());
            assertFalse(r.canRollback());
            assertTrue(r.evidence().startsWith(WHY + "no matching transfer mined in blocks "), r.evidence());
            String why = switch (fault) {
                case DROPS_ONE -> "txpool_content lists 1 of them; missing nonce " + (latest + 1);
                case TIMES_OUT -> "the node could not list them: node " + rig.node.endpoint()
                        + " did not answer txpool_content within 5000 ms; whether the node acted on it is unknown";
                case NOT_OFFERED -> "the node could not list them: node " + rig.node.endpoint()
                        + " cannot list its mempool through this client";
                case LISTS_A_MINED_ONE -> "txpool_content lists nonce " + (latest - 1) + " (0x" + "e".repeat(64)
                        + "), already mined (pool nonce " + latest + "): the mempool changed while it was read";
                case LISTS_A_NONCE_TWICE -> "txpool_content lists nonce " + latest + " twice";
            };
            assertTrue(r.evidence().endsWith(", but " + counted + why), r.evidence());
            assertEquals(before, rig.poolBytes(), "a verdict writes nothing");
        }
    }

    @Test
    void aListingThatMissesThePaymentItselfIsUnknown() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(2);
            String miner = l.get(0), other = l.get(1);
            rig.pool.credit(miner, 2 * AMOUNT);
            String member = debitThenStopMining(rig, miner);
            long latest = rig.rpc.nonce(rig.poolAddress, "latest");
            rig.rpc.transfer(rig.poolAddress, other, EngineRig.wei(AMOUNT));
            String sent = rig.rpc.transfer(rig.poolAddress, miner, EngineRig.wei(AMOUNT));

            assertEquals(Verdict.IN_MEMPOOL, only(rig.desk.reconcile(), member).verdict());
            Reconciler blind = new Reconciler(rig.ledger, new MempoolFaultNode(rig.node, (node, from) -> {
                MempoolListing real = node.mempool(from);
                return new MempoolListing(real.transactions().stream().filter(t -> !t.hash().equals(sent)).toList(), real.source());
            }), rig.poolAddress, 10_000);
            Reconciliation r = only(blind.reconcileAll(), member);

            assertEquals(Verdict.UNKNOWN, r.verdict(), r.evidence());
            assertTrue(r.evidence().endsWith(", but the pool's 2 transaction(s) in the mempool (nonces " + latest + ".."
                    + (latest + 1) + ") may hold it: txpool_content lists 1 of them; missing nonce " + (latest + 1)), r.evidence());
        }
    }

    @Test
    void aTransferMinedWhileTheBlocksAreScannedIsNotMissed() {
        try (EngineRig rig = rigs.nodeAccount(LocalAnvil.ACCOUNT_0)) {
            String miner = EngineRig.freshLogin();
            rig.pool.credit(miner, 2 * AMOUNT);
            String member = debitThenStopMining(rig, miner);
            String sent = rig.rpc.transfer(rig.poolAddress, miner, EngineRig.wei(AMOUNT));
            long head = rig.node.blockNumber();
            // the transfer is mined just as the scan starts, in a block after the head the scan was given
            Reconciler racing = new Reconciler(rig.ledger, new MempoolFaultNode(rig.node, EthNode::mempool, rig.rpc::mine),
                    rig.poolAddress, 10_000);

            Reconciliation r = only(racing.reconcileAll(), member);

            assertEquals(head + 1, rig.node.receipt(sent).orElseThrow().blockNumber());
            assertEquals(Verdict.IN_MEMPOOL, r.verdict(), "the mempool is read before the head: " + r.evidence());
            assertEquals(sent, r.txHash().orElseThrow());
            assertTrue(r.evidence().endsWith(".." + head + ")"), "the scan stopped at the head it was given: " + r.evidence());
            Reconciliation now = only(rig.desk.reconcile(), member);
            assertEquals(Verdict.PAID, now.verdict(), now.evidence());
            assertEquals(sent, now.txHash().orElseThrow());
        }
    }
}
