package org.payoutdesk.payout;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.SignedTransfer;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.ledger.DebitResult;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays an approved batch, one payment at a time, each crash-safe (DESIGN.md): lock, guarded debit, nonce
 * journal (with replicas: WAIT until every replica has it, else halt before sending), sign, hash journal
 * (keystore: before the send), send, hash journal (node account: after it), WritePayment. Any failure after
 * the debit halts the batch and leaves the pending entry, lock and journal for {@link Reconciler}. A stop
 * request is honoured between payments only.
 *
 * <p>What a batch shares instead of asking again per payment ({@link BatchChain}): the wallet balance and
 * the nonce are read once (then decremented and counted; every nonce is journalled before its send), the
 * fees once per head block. The foreign-sender check (the pool's pending nonce) still runs before each
 * payment's lock: one JSON-RPC batch with the head block (which says when to re-read the fees). Run in the
 * background beside the lock's round trip it was slower on 2 cores (thread hand-off and contention), so it
 * is not. Round trips to Redis per payment
 * (each merge keeps the order of the steps; see {@link PoolLedger#lockForDebit}):
 * <ol>
 *   <li>SETNX lock + WATCH miner + HMGET miner + HMGET finances: SETNX runs first on the server, so nothing
 *       is read before the lock is ours, and its answer is known before the MULTI is even queued;</li>
 *   <li>the debit's MULTI/EXEC (the pool's UpdateBalance, unchanged);</li>
 *   <li>HSET pendingnonce (+ WAIT): alone, because it must follow a debit known to have happened (an EXEC
 *       aborted by WATCH would otherwise leave a journal without a pending entry);</li>
 *   <li>HSET pendingtx: alone, so a crash between it and WritePayment leaves the hash journalled;</li>
 *   <li>the WritePayment MULTI (unchanged).</li>
 * </ol>
 * {@link #lastTimings()} says where the last batch's time went.
 */
public final class BatchPayer {
    private static final Logger LOG = LoggerFactory.getLogger(BatchPayer.class);
    /** How long the replicas may take to acknowledge the debit and nonce journal before a send. */
    static final Duration DEFAULT_REPLICA_WAIT = Duration.ofSeconds(5);

    /** Called after each step; tests use it to simulate a crash at that point. */
    interface StepHook {
        void after(PlannedPayment payment, PaymentStep step);
    }

    private final PoolLedger ledger;
    private final EthNode node;
    private final Signer signer;
    private final PayoutSettings settings;
    private final FeePolicy fees;
    private final Duration receiptPoll;
    private final FeeRules rules;
    private StepHook hook = (p, s) -> { };
    private Duration replicaWait = DEFAULT_REPLICA_WAIT;
    private volatile BatchTimings timings = new BatchTimings();
    private volatile int lastFeeReads;
    private volatile int lastNonceReads;

    public BatchPayer(PoolLedger ledger, EthNode node, Signer signer, PayoutSettings settings, Duration receiptPoll) {
        this(ledger, node, signer, settings, receiptPoll, FeeRules.NONE);
    }

    public BatchPayer(PoolLedger ledger, EthNode node, Signer signer, PayoutSettings settings, Duration receiptPoll,
                      FeeRules rules) {
        this.rules = rules;
        this.ledger = ledger;
        this.node = node;
        this.signer = signer;
        this.settings = settings;
        this.fees = new FeePolicy(settings);
        this.receiptPoll = receiptPoll;
    }

    void hook(StepHook hook) {
        this.hook = hook;
    }

    /** Tests shorten the WAIT timeout. */
    void replicaWait(Duration wait) {
        this.replicaWait = wait;
    }

    /** Where the last batch's time went. */
    public BatchTimings lastTimings() {
        return timings;
    }

    /** Node reads of the last batch: how many times it read the fees (tests). */
    int lastFeeReads() {
        return lastFeeReads;
    }

    /** Node reads of the last batch: separate pending-nonce reads, besides those sent with a send (tests). */
    int lastNonceReads() {
        return lastNonceReads;
    }

    /**
     * @param waitEach   wait for each transaction to be mined before the next (the pool's way)
     * @param stopAsked  polled between payments
     */
    public BatchResult pay(List<PlannedPayment> batch, boolean waitEach, BooleanSupplier stopAsked, BatchListener listener) {
        BatchTimings t = new BatchTimings();
        timings = t;
        long started = System.nanoTime();
        Outcome o = new Outcome();
        try (BatchChain chain = new BatchChain(node, signer.address(), fees)) {
            try {
                return payEach(batch, waitEach, stopAsked, listener, chain, t, o);
            } finally {
                lastFeeReads = chain.feeReads();
                lastNonceReads = chain.nonceReads();
            }
        } finally {
            t.finished(o.paid, System.nanoTime() - started);
        }
    }

    /** Payments recorded so far, for the timings. */
    private static final class Outcome {
        int paid;
    }

    private BatchResult payEach(List<PlannedPayment> batch, boolean waitEach, BooleanSupplier stopAsked,
                                BatchListener listener, BatchChain chain, BatchTimings tm, Outcome outcome) {
        List<PaidPayment> paid = new ArrayList<>();
        List<SkippedPayment> skipped = new ArrayList<>();
        int total = batch.size();
        listener.started(total);
        int replicas = 0;
        if (total > 0) {
            try {
                // Replication is asynchronous: count the replicas now, WAIT for all of them before each send.
                replicas = ledger.replicas();
            } catch (RuntimeException e) {
                return halt(paid, skipped, batch.getFirst(), "cannot count the Redis replicas before paying: " + e.getMessage(),
                        total, listener, false);
            }
        }
        for (int i = 0; i < total; i++) {
            PlannedPayment p = batch.get(i);
            if (stopAsked.getAsBoolean()) {
                listener.log("Stopped by the operator before " + p.login() + "; " + (total - i) + " not attempted.");
                return finish(paid, skipped, null, null, true, total - i, listener);
            }
            listener.paying(i, total, p);
            BigInteger value = rules.receivedWei(p.amount());
            if (value.signum() <= 0) {
                SkippedPayment s = new SkippedPayment(p.login(), p.amount(), "the network fee kept is not less than the amount");
                skipped.add(s);
                listener.skipped(s);
                continue;
            }
            // 1. Node reads before anything is written: a node failure here leaves the ledger untouched.
            //    The first payment reads wallet, nonce, head and fees; a later one only the foreign-sender
            //    check (pending nonce and head in one JSON-RPC batch), and the fees when the head moved.
            long t0 = System.nanoTime();
            BatchChain.Next next;
            try {
                next = chain.next();
            } catch (ChainException e) {
                return halt(paid, skipped, p, "node failed before paying " + p.login() + ": " + e.getMessage(),
                        total - i, listener, false);
            } catch (BatchChain.ForeignSender f) {
                // Our last payment used expected - 1; a higher pending nonce is someone else's transaction.
                return halt(paid, skipped, p, "another sender is using the pool account " + signer.address()
                        + ": its pending nonce is " + f.pendingNonce + " but this batch's next is " + f.expected
                        + " (is the pool's own payouts module running?); nothing debited for " + p.login(),
                        total - i, listener, false);
            } finally {
                tm.add(BatchTimings.Part.NODE_READS, System.nanoTime() - t0);
            }
            String shortfall = budgetProblem(p, value, next);
            if (shortfall != null) return halt(paid, skipped, p, shortfall, total - i, listener, false);
            // 2. Lock, as the pool does; refused when another payout holds it. SETNX travels with the
            //    debit's WATCH and reads (PoolLedger.lockForDebit); the MULTI waits for its answer.
            t0 = System.nanoTime();
            PoolLedger.LockedDebit lock;
            try {
                lock = ledger.lockForDebit(p.login(), p.amount());
            } catch (RuntimeException e) {
                // SETNX either ran or not; a lock without a pending entry is cleared by resolve.
                return halt(paid, skipped, p, "lock for " + p.login() + " failed: " + e.getMessage(),
                        total - i, listener, false);
            } finally {
                tm.add(BatchTimings.Part.LOCK, System.nanoTime() - t0);
            }
            DebitResult debit;
            try (lock) {
                if (!lock.locked()) {
                    return halt(paid, skipped, p, "Unable to acquire lock '" + ledger.coin() + ":payments:lock' (held by "
                            + lockHolder() + ")", total - i, listener, false);
                }
                hook.after(p, PaymentStep.LOCKED);
                // 3. Guarded debit: WATCH, balance >= amount, then UpdateBalance.
                t0 = System.nanoTime();
                try {
                    debit = lock.debit();
                } catch (RuntimeException e) {
                    // The debit is one MULTI: it either happened or not; reconciliation will tell.
                    return halt(paid, skipped, p, "debit of " + p.login() + " failed: " + e.getMessage(),
                            total - i, listener, true);
                } finally {
                    tm.add(BatchTimings.Part.DEBIT, System.nanoTime() - t0);
                }
            }
            Fees terms = next.fees();
            long nonce = next.nonce();
            BigInteger cost = value.add(terms.maxCostWei());
            if (debit instanceof DebitResult.Refused refused) {
                try {
                    ledger.unlock();
                } catch (RuntimeException e) {
                    return halt(paid, skipped, p, "unlock after skipping " + p.login() + " failed: " + e.getMessage(),
                            total - i, listener, false);
                }
                SkippedPayment s = new SkippedPayment(p.login(), p.amount(), refused.reason());
                skipped.add(s);
                listener.skipped(s);
                listener.log("Skipped " + p.login() + ": " + refused.reason());
                continue;
            }
            hook.after(p, PaymentStep.DEBITED);
            try {
                String hash = send(p, nonce, terms, value, replicas, tm, chain, cost);
                t0 = System.nanoTime();
                if (rules.keepNwFees()) ledger.writePayment(p.login(), hash, p.amount(), rules.txCharges());
                else ledger.writePayment(p.login(), hash, p.amount());
                tm.add(BatchTimings.Part.RECORD, System.nanoTime() - t0);
                hook.after(p, PaymentStep.RECORDED);
                PaidPayment done = new PaidPayment(p.login(), p.amount(), hash, nonce);
                paid.add(done);
                outcome.paid++;
                listener.paid(paid.size(), total, done);
                listener.log("Paid " + Shannon.formatEth(p.amount()) + " ETH to " + p.login() + " in " + hash);
                LOG.info("paid {} Shannon to {} tx {} nonce {}", p.amount(), p.login(), hash, nonce);
                if (waitEach) {
                    String problem = awaitMined(hash);
                    if (problem != null) return halt(paid, skipped, p, problem, total - i - 1, listener, false);
                }
            } catch (RuntimeException e) {
                return halt(paid, skipped, p, "payment of " + Shannon.formatEth(p.amount()) + " ETH to " + p.login()
                        + " failed after the debit: " + e.getMessage(), total - i, listener, true);
            }
        }
        return finish(paid, skipped, null, null, false, 0, listener);
    }

    /** Why the wallet cannot pay {@code p} with these terms, or null when it can. */
    private static String budgetProblem(PlannedPayment p, BigInteger value, BatchChain.Next next) {
        BigInteger cost = value.add(next.fees().maxCostWei());
        if (next.budget().compareTo(cost) >= 0) return null;
        return "insufficient wallet balance for " + p.login() + ": " + Shannon.formatWeiAsEth(next.budget())
                + " ETH left, this payment needs up to " + Shannon.formatWeiAsEth(cost) + " ETH with gas";
    }

    /** Who holds the lock, for the halt message; a Redis that fails here must not hide the halt itself. */
    private String lockHolder() {
        try {
            return ledger.lockValue().orElse("?");
        } catch (RuntimeException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private String send(PlannedPayment p, long nonce, Fees terms, BigInteger value, int replicas, BatchTimings tm,
                        BatchChain chain, BigInteger cost) {
        long t0 = System.nanoTime();
        if (replicas == 0) {
            ledger.journalNonce(p.login(), p.amount(), nonce);
        } else {
            int acked = ledger.journalNonceReplicated(p.login(), p.amount(), nonce, replicas, replicaWait);
            if (acked < replicas) {
                throw new PaymentException("only " + acked + " of " + replicas + " Redis replica(s) acknowledged the debit and nonce journal within "
                        + replicaWait.toMillis() + " ms, so the transaction was NOT sent (a failover now could lose the debit and pay twice)");
            }
        }
        tm.add(BatchTimings.Part.NONCE_JOURNAL, System.nanoTime() - t0);
        hook.after(p, PaymentStep.NONCE_JOURNALED);
        t0 = System.nanoTime();
        SignedTransfer t = signer.sign(p.login(), value, OptionalLong.of(nonce), terms);
        tm.add(BatchTimings.Part.SIGN, System.nanoTime() - t0);
        hook.after(p, PaymentStep.SIGNED);
        if (t.hashKnownBeforeSend()) {
            t0 = System.nanoTime();
            ledger.journalTx(p.login(), p.amount(), t.hash().orElseThrow());
            tm.add(BatchTimings.Part.HASH_JOURNAL, System.nanoTime() - t0);
            hook.after(p, PaymentStep.HASH_JOURNALED);
        }
        t0 = System.nanoTime();
        String hash = signer.send(t);
        tm.add(BatchTimings.Part.SEND, System.nanoTime() - t0);
        // Counted as soon as the node took it: the next payment uses nonce + 1.
        chain.sent(nonce, cost);
        hook.after(p, PaymentStep.SENT);
        if (!t.hashKnownBeforeSend()) {
            t0 = System.nanoTime();
            ledger.journalTx(p.login(), p.amount(), hash);
            tm.add(BatchTimings.Part.HASH_JOURNAL, System.nanoTime() - t0);
            hook.after(p, PaymentStep.HASH_JOURNALED);
        }
        return hash;
    }

    /** Polls the receipt until mined or the receipt timeout; null when mined successfully. */
    private String awaitMined(String hash) {
        long deadline = System.nanoTime() + settings.receiptTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Receipt> r = node.receipt(hash);
            if (r.isPresent()) {
                return r.get().status() == Receipt.Status.FAILED
                        ? "transaction " + hash + " reverted in block " + r.get().blockNumber() : null;
            }
            sleep(receiptPoll);
        }
        return "transaction " + hash + " not mined within " + settings.receiptTimeout().toSeconds() + " s";
    }

    private BatchResult halt(List<PaidPayment> paid, List<SkippedPayment> skipped, PlannedPayment p, String why,
                             int notAttempted, BatchListener listener, boolean pendingLeft) {
        String lastFail = why + (pendingLeft ? " (the payment stays pending: resolve it before the next batch)" : "");
        LOG.error("payouts halted: {}", lastFail);
        listener.halted(lastFail);
        return finish(paid, skipped, lastFail, p.login(), false, Math.max(0, notAttempted - 1), listener);
    }

    private BatchResult finish(List<PaidPayment> paid, List<SkippedPayment> skipped, String lastFail, String haltedOn,
                               boolean stopped, int notAttempted, BatchListener listener) {
        if (settings.bgsave() && !paid.isEmpty()) {
            try {
                ledger.bgsave();
            } catch (RuntimeException e) {
                listener.log("BGSAVE failed: " + e.getMessage());
            }
        }
        return new BatchResult(paid, skipped, lastFail, haltedOn, stopped, notAttempted);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentException("interrupted while waiting for a receipt");
        }
    }
}
