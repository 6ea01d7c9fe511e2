package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.chain.TransferScan;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineRigs;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;

/**
 * Legacy pending payments (no journal) whose verdict needs a scan of a few hundred blocks, with the
 * scan followed and stopped: a stop by the operator or a node failure mid-scan gives UNKNOWN with the
 * exact range searched, never NOT_SENT (and never PAID).
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class ScanCancelTest {
    private static final int BATCH = 25;
    private static final Pattern STOPPED = Pattern.compile("scanned blocks (\\d+)–(\\d+) of (\\d+)–(\\d+), stopped by ");

    private LocalRedis redis;
    private LocalAnvil anvil;

    @BeforeEach
    void setUp(LocalRedis redis, LocalAnvil anvil) {
        this.redis = redis;
        this.anvil = anvil;
        try (GoPoolFixture f = new GoPoolFixture(redis, EngineRig.COIN)) {
            f.raw.flushall();
        }
    }

    /** What the engine reported, in order; asks to stop once {@code stopWhen} holds for the blocks done. */
    static class Watch implements ReconcileProgress {
        record Start(String member, long from, long last) { }

        record Step(String member, long done, long total, long block) { }

        final List<Start> starts = new CopyOnWriteArrayList<>();
        final List<Step> steps = new CopyOnWriteArrayList<>();
        final List<TransferScan> ends = new CopyOnWriteArrayList<>();
        final LongPredicate stopWhen;
        volatile boolean stop;

        Watch(LongPredicate stopWhen) {
            this.stopWhen = stopWhen;
        }

        static Watch never() {
            return new Watch(done -> false);
        }

        @Override
        public void scanStarted(PendingPayment entry, long fromBlock, long lastBlock) {
            starts.add(new Start(entry.member(), fromBlock, lastBlock));
        }

        @Override
        public void scanned(PendingPayment entry, long blocksDone, long blocksTotal, long currentBlock) {
            steps.add(new Step(entry.member(), blocksDone, blocksTotal, currentBlock));
            if (stopWhen.test(blocksDone)) stop = true;
        }

        @Override
        public void scanEnded(PendingPayment entry, TransferScan scan) {
            ends.add(scan);
        }

        @Override
        public boolean cancelled() {
            return stop;
        }
    }

    /** The Go pool's lock and debit at the time of the current head block, as it leaves a crash before sending. */
    private static String debit(EngineRig rig, String login, long amount, boolean lock) {
        long at = rig.node.blockTimestamp(rig.node.blockNumber());
        rig.pool.credit(login, 2 * amount);
        if (lock) assertTrue(rig.pool.lockPayouts(login, amount));
        rig.pool.updateBalance(login, amount, at);
        return login + ":" + amount;
    }

    private static Reconciliation only(List<Reconciliation> rs, String member) {
        return rs.stream().filter(r -> r.entry().member().equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError("no verdict for " + member + " in " + rs));
    }

    @Test
    void aCompleteScanReportsEveryBatchInOrderAndStillSaysNotSent() {
        try (EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            String member = debit(rig, EngineRig.logins(1).getFirst(), 700_000_000L, true);
            anvil.mine(300);
            long head = rig.node.blockNumber();
            Watch w = Watch.never();

            Reconciliation r = only(rig.desk.reconcile(w), member);

            assertEquals(Verdict.NOT_SENT, r.verdict(), r.evidence());
            assertEquals(1, w.starts.size(), w.starts.toString());
            Watch.Start s = w.starts.getFirst();
            assertEquals(member, s.member());
            assertEquals(head, s.last());
            assertTrue(s.from() <= head - 300, "the scan starts at or before the debit's block: " + s);
            long total = head - s.from() + 1;
            int batches = (int) ((total + BATCH - 1) / BATCH);
            assertEquals(batches, w.steps.size(), "one report per batch, not per block");
            for (int i = 0; i < batches; i++) {
                long done = Math.min((long) BATCH * (i + 1), total);
                assertEquals(new Watch.Step(member, done, total, s.from() + done - 1), w.steps.get(i));
            }
            assertEquals(1, w.ends.size());
            assertTrue(w.ends.getFirst().complete());
            assertTrue(r.evidence().contains("in blocks " + s.from() + ".." + head + " (every block since the debit)"),
                    r.evidence());
        }
    }

    @Test
    void aCancelMidScanGivesUnknownWithTheScannedRangeNeverNotSent() {
        try (EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            String member = debit(rig, EngineRig.logins(1).getFirst(), 800_000_000L, true);
            anvil.mine(300);
            long head = rig.node.blockNumber();
            Map<String, Object> before = rig.poolBytes();
            Watch w = new Watch(done -> done >= 100);

            Reconciliation r = only(rig.desk.reconcile(w), member);

            assertEquals(Verdict.UNKNOWN, r.verdict(), r.evidence());
            assertFalse(r.canRollback());
            long from = w.starts.getFirst().from();
            assertEquals(4, w.steps.size(), "the scan stops at the batch it was asked: " + w.steps);
            assertEquals("no journal (a legacy entry); scanned blocks " + from + "–" + (from + 99) + " of " + from + "–"
                    + head + ", stopped by the operator; no matching transfer in the blocks searched; the rest was not"
                    + " searched, so whether it went out is unknown: check again", r.evidence());
            assertEquals(TransferScan.Stop.CANCELLED, w.ends.getFirst().stop());

            // The same entry, scanned to the end, is NOT_SENT: only the stop made it UNKNOWN.
            assertEquals(Verdict.NOT_SENT, only(rig.desk.reconcile(), member).verdict());

            // Acting on a stopped scan: resolve leaves it, rollback refuses; nothing is written.
            List<Reconciliation> resolved = rig.desk.resolve(new Watch(done -> done >= 50));
            assertEquals(Verdict.UNKNOWN, only(resolved, member).verdict());
            PaymentException refused = assertThrows(PaymentException.class,
                    () -> rig.desk.rollback(member, false, new Watch(done -> done >= 25)));
            assertTrue(refused.getMessage().startsWith("refused: the verdict is UNKNOWN (no journal (a legacy entry); scanned blocks "),
                    refused.getMessage());
            assertEquals(before, rig.poolBytes());
        }
    }

    @Test
    void aTransferBeforeOrAfterTheStopIsNeitherPaidNorNotSent() {
        try (EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(2);
            String early = l.get(0), late = l.get(1);
            long amount = 900_000_000L;
            String earlyMember = debit(rig, early, amount, true);
            String lateMember = debit(rig, late, amount, false);
            String earlyTx = rig.rpc.transfer(rig.poolAddress, early, EngineRig.wei(amount));
            rig.awaitMempoolEmpty();
            long earlyBlock = rig.node.receipt(earlyTx).orElseThrow().blockNumber();
            anvil.mine(300);
            String lateTx = rig.rpc.transfer(rig.poolAddress, late, EngineRig.wei(amount));
            rig.awaitMempoolEmpty();

            // each entry's scan stopped after 100 blocks (a cancel otherwise stops every later scan too)
            Watch w = new Watch(done -> done >= 100) {
                @Override
                public void scanStarted(PendingPayment entry, long fromBlock, long lastBlock) {
                    super.scanStarted(entry, fromBlock, lastBlock);
                    stop = false;
                }
            };
            List<Reconciliation> stopped = rig.desk.reconcile(w);

            Reconciliation e = only(stopped, earlyMember);
            assertEquals(Verdict.UNKNOWN, e.verdict(), e.evidence());
            assertTrue(e.evidence().contains("; transfer " + earlyTx + " of 0.9 ETH to " + early + " was seen in block "
                    + earlyBlock + " and may be it; the rest was not searched"), e.evidence());
            Reconciliation t = only(stopped, lateMember);
            assertEquals(Verdict.UNKNOWN, t.verdict(), t.evidence());
            assertTrue(t.evidence().contains(", stopped by the operator; no matching transfer in the blocks searched;"),
                    t.evidence());

            List<Reconciliation> full = rig.desk.reconcile();
            assertEquals(Verdict.PAID, only(full, earlyMember).verdict());
            assertEquals(earlyTx, only(full, earlyMember).txHash().orElseThrow());
            assertEquals(Verdict.PAID, only(full, lateMember).verdict());
            assertEquals(lateTx, only(full, lateMember).txHash().orElseThrow());
        }
    }

    @Test
    void aCancelAlsoStopsTheScansNotStartedYetButNotTheJournalledEntries() {
        try (EngineRig rig = new EngineRigs(redis, anvil.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            List<String> l = EngineRig.logins(3);
            long amount = 600_000_000L;
            debit(rig, l.get(0), amount, true);
            debit(rig, l.get(1), amount, false);
            String journalled = debit(rig, l.get(2), amount, false);
            rig.pool.journal(l.get(2), amount, rig.rpc.nonce(rig.poolAddress, "pending") + 40, null);
            anvil.mine(300);
            long head = rig.node.blockNumber();
            Watch w = new Watch(done -> done >= 25);

            List<Reconciliation> rs = rig.desk.reconcile(w);

            assertEquals(2, w.starts.size(), "both legacy entries start a scan: " + w.starts);
            Watch.Start first = w.starts.get(0);
            Watch.Start second = w.starts.get(1);
            assertEquals(1, w.steps.size(), w.steps.toString());
            Reconciliation r1 = only(rs, first.member());
            assertEquals(Verdict.UNKNOWN, r1.verdict());
            assertTrue(r1.evidence().contains("scanned blocks " + first.from() + "–" + (first.from() + 24) + " of "
                    + first.from() + "–" + head + ", stopped by the operator"), r1.evidence());
            Reconciliation r2 = only(rs, second.member());
            assertEquals(Verdict.UNKNOWN, r2.verdict());
            assertTrue(r2.evidence().contains("scanned no block of " + second.from() + "–" + head
                    + ", stopped by the operator"), r2.evidence());
            Reconciliation r3 = only(rs, journalled);
            assertEquals(Verdict.NOT_SENT, r3.verdict(), "a journalled nonce needs no scan: " + r3.evidence());
        }
    }

    @Test
    void aNodeFailureMidScanGivesUnknownWithTheScannedRange() {
        try (LocalAnvil dying = LocalAnvil.start();
             EngineRig rig = new EngineRigs(redis, dying.rpcUrl()).nodeAccount(LocalAnvil.ACCOUNT_0)) {
            String member = debit(rig, EngineRig.logins(1).getFirst(), 750_000_000L, true);
            dying.mine(300);
            long head = rig.node.blockNumber();
            Watch w = new Watch(done -> false) {
                @Override
                public void scanned(PendingPayment entry, long blocksDone, long blocksTotal, long currentBlock) {
                    super.scanned(entry, blocksDone, blocksTotal, currentBlock);
                    if (blocksDone == 100) dying.kill();
                }
            };

            Reconciliation r = only(rig.desk.reconcile(w), member);

            assertEquals(Verdict.UNKNOWN, r.verdict(), r.evidence());
            Matcher m = STOPPED.matcher(r.evidence());
            assertTrue(m.find(), r.evidence());
            long from = w.starts.getFirst().from();
            assertEquals(List.of(from, w.steps.getLast().block(), from, head),
                    List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4))), "the evidence names the blocks reported scanned");
            assertTrue(Long.parseLong(m.group(2)) < head, r.evidence());
            assertTrue(r.evidence().contains(", stopped by a node failure (node " + dying.rpcUrl()), r.evidence());
            assertTrue(r.evidence().endsWith("the rest was not searched, so whether it went out is unknown: check again"),
                    r.evidence());
        }
    }
}
