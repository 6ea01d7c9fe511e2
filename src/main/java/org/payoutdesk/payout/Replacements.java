package org.payoutdesk.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.payoutdesk.chain.BlockTag;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainFailure;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.FeeSuggestion;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.SignedTransfer;
import org.payoutdesk.ledger.MemberParser;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.TxAttempt;

/**
 * Stuck payments (DESIGN.md "Stuck"): which payments' transactions are not mined, a speed-up or cancel
 * on the same nonce, and the settling of a recorded payment once one of its attempts is mined.
 *
 * <p>Order of a replacement, so neither we nor the etclabscore fork's resolver can pay twice or record
 * a cancelled payment as paid (docs/stuck.md): a pending entry is first recorded with the hash at its
 * nonce (what the batch does after every send), so the fork's resolver never sees a payment while it is
 * being replaced; then the original and the new attempt are journalled in {@code <coin>:desk:attempts};
 * then it is sent; a node-signed attempt gets its hash in the journal after the send.
 */
public final class Replacements {
    /** The newest recorded payments looked at for unmined transactions. */
    static final int RECENT = 200;
    /** Payments leave the pool in nonce order: after this many mined ones in a row, older ones are mined too. */
    static final int MINED_RUN = 10;

    /** Called after each step of a replacement; tests use it to crash there. */
    interface StepHook {
        void after(String member, Step step);
    }

    enum Step { RECORDED, JOURNALLED, SENT }

    private final PaymentDesk desk;
    private StepHook hook = (m, s) -> { };
    private Duration replicaWait = BatchPayer.DEFAULT_REPLICA_WAIT;

    Replacements(PaymentDesk desk) {
        this.desk = desk;
    }

    void hook(StepHook hook) {
        this.hook = hook;
    }

    /** Tests shorten the WAIT timeout. */
    void replicaWait(Duration wait) {
        this.replicaWait = wait;
    }

    private PoolLedger ledger() { return desk.ledger(); }

    private EthNode node() { return desk.node(); }

    private String pool() { return desk.settings().poolAddress(); }

    /** Every recorded payment whose transaction is not mined and every pending entry that is IN_MEMPOOL. */
    public List<StuckPayment> find() {
        long head = node().blockNumber();
        BigInteger base = node().baseFee().orElse(null);
        long latest = node().nonce(pool(), BlockTag.LATEST);
        Map<String, List<TxAttempt>> attempts = ledger().allAttempts();
        Set<String> pending = new HashSet<>();
        for (PendingPayment p : ledger().pendingPayments()) pending.add(p.member());
        List<StuckPayment> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        int minedRun = 0;
        for (PaymentRecord r : ledger().payments(0, RECENT).items()) {
            if (r.txHash() == null || !r.txHash().matches("0x[0-9a-fA-F]{64}") || r.login() == null) continue;
            String member = r.login() + ":" + r.amount();
            List<TxAttempt> tried = attempts.getOrDefault(member, List.of());
            if (tried.stream().anyMatch(a -> r.txHash().equalsIgnoreCase(a.hash()))) {
                covered.add(member);
                fromAttempts(r.login(), r.amount(), r.txHash(), r.timestamp(), tried, latest, head, base).ifPresent(out::add);
                continue;
            }
            Optional<ChainTx> tx = node().transaction(r.txHash());
            if (tx.isEmpty()) continue; // unknown to the node: no nonce to replace at
            if (tx.get().mined()) {
                if (++minedRun >= MINED_RUN) break;
                continue;
            }
            minedRun = 0;
            out.add(stuck(StuckPayment.Source.RECORDED, r.login(), r.amount(), tx.get(), r.txHash(), r.timestamp(),
                    List.of(), head, base));
        }
        for (Map.Entry<String, List<TxAttempt>> e : attempts.entrySet()) {
            if (covered.contains(e.getKey()) || pending.contains(e.getKey())) continue;
            PendingPayment ref = MemberParser.pending(e.getKey());
            TxAttempt original = original(e.getValue());
            if (!ref.wellFormed() || original == null) continue;
            fromAttempts(ref.login(), ref.amount(), original.hash(), original.at(), e.getValue(), latest, head, base)
                    .ifPresent(out::add);
        }
        if (!pending.isEmpty()) {
            for (Reconciliation r : desk.reconcile()) {
                if (r.verdict() != Verdict.IN_MEMPOOL) continue;
                Optional<ChainTx> tx = r.txHash().flatMap(h -> node().transaction(h));
                if (tx.isEmpty() && r.nonce().isPresent()) tx = atNonce(r.nonce().getAsLong(), r.entry().login());
                if (tx.isEmpty() || tx.get().mined()) continue;
                out.add(stuck(StuckPayment.Source.PENDING, r.entry().login(), r.entry().amount(), tx.get(), null,
                        r.entry().timestamp(), List.of(), head, base));
            }
        }
        return out;
    }

    /** The payment's transaction in the mempool at {@code nonce}, when it pays {@code login}. */
    private Optional<ChainTx> atNonce(long nonce, String login) {
        try {
            return node().mempool(pool()).transactions().stream()
                    .filter(t -> t.nonce() == nonce && t.to().map(login::equalsIgnoreCase).orElse(false)).findFirst();
        } catch (ChainException e) {
            return Optional.empty();
        }
    }

    private Optional<StuckPayment> fromAttempts(String login, long amount, String recordedHash, long sentAt,
                                                List<TxAttempt> tried, long latest, long head, BigInteger base) {
        long nonce = tried.getFirst().nonce();
        if (latest > nonce) return Optional.empty(); // one of them (or another tx) is mined: settle decides
        ChainTx newest = null;
        for (TxAttempt a : tried) {
            if (a.hash() == null) continue;
            Optional<ChainTx> tx = node().transaction(a.hash());
            if (tx.isPresent() && !tx.get().mined()) newest = tx.get();
        }
        if (newest == null) return Optional.empty();
        return Optional.of(stuck(StuckPayment.Source.RECORDED, login, amount, newest, recordedHash, sentAt, tried, head, base));
    }

    private StuckPayment stuck(StuckPayment.Source source, String login, long amount, ChainTx tx, String recordedHash,
                               long sentAt, List<TxAttempt> tried, long head, BigInteger base) {
        Fees fees = feesOf(tx.hash());
        long now = Instant.now().getEpochSecond();
        OptionalLong blocks;
        try {
            OptionalLong first = node().firstBlockAtOrAfter(sentAt);
            blocks = OptionalLong.of(first.isPresent() ? Math.max(0, head - first.getAsLong() + 1) : 0);
        } catch (ChainException | IllegalArgumentException e) {
            blocks = OptionalLong.empty();
        }
        boolean below = base != null && fees != null
                && (fees.type() == Fees.Type.LEGACY ? fees.gasPriceWei() : fees.maxFeeWei()).compareTo(base) < 0;
        return new StuckPayment(source, login, amount, tx.hash(), recordedHash, tx.nonce(), fees, sentAt,
                Math.max(0, now - sentAt), blocks, base, below, tx.valueWei(), tried);
    }

    private Fees feesOf(String hash) {
        try {
            return node().transactionFees(hash).orElse(null);
        } catch (ChainException e) {
            if (e.failure() == ChainFailure.REJECTED) return null;
            throw e;
        }
    }

    /** The speed-up or cancel of the stuck payment that sent {@code txHash}, for the operator to confirm. */
    public Replacement preview(String txHash, Replacement.Kind kind, BigDecimal bumpPercent) {
        String hash = txHash == null ? "" : txHash.strip().toLowerCase(Locale.ROOT);
        if (!hash.matches("0x[0-9a-f]{64}")) throw new PaymentException("'" + txHash + "' is not a transaction hash (0x + 64 hex)");
        StuckPayment p = find().stream().filter(s -> s.hasHash(hash)).findFirst().orElseThrow(() -> new PaymentException(
                "transaction " + hash + " is not one of this pool's stuck payments (see payout-desk stuck)"));
        if (p.fees() == null) throw new PaymentException("the node does not report the fees of " + p.txHash() + ": cannot outbid it");
        FeeSuggestion now = null;
        BigInteger price = null;
        if (p.fees().type() == Fees.Type.EIP1559) {
            try {
                now = node().feeSuggestion();
            } catch (ChainException e) {
                if (e.failure() != ChainFailure.REJECTED) throw e;
            }
        } else {
            price = node().gasPrice();
        }
        Fees bumped = FeeBump.bump(p.fees(), bumpPercent == null ? desk.rules().feeBumpPercent() : bumpPercent, now, price,
                desk.settings().maxFeeCapWei());
        return kind == Replacement.Kind.SPEEDUP
                ? new Replacement(kind, p, p.login(), p.valueWei(), p.fees(), bumped)
                : new Replacement(kind, p, pool(), BigInteger.ZERO, p.fees(), bumped);
    }

    /** Journals and sends a previewed replacement; returns its hash. */
    public String send(Replacement r) {
        if (desk.settings().readOnly()) throw new PaymentException("Payout Desk is in read-only mode: nothing sent");
        StuckPayment p = r.payment();
        String member = p.member();
        long latest = node().nonce(pool(), BlockTag.LATEST);
        if (latest > p.nonce()) {
            throw new PaymentException("nonce " + p.nonce() + " is already mined (pool nonce " + latest
                    + "): nothing sent; payout-desk resolve settles the payment");
        }
        String recorded = p.recordedHash();
        if (p.source() == StuckPayment.Source.PENDING) {
            // Recorded first, as the batch does after a send: the fork's resolver then never sees this payment
            // while it is being replaced (a mined cancel would read as "nonce used: paid" to it).
            desk.record(p.login(), p.txHash(), p.amount());
            recorded = p.txHash();
            desk.audit("record-before-replace", Map.of("member", member, "txHash", p.txHash(),
                    "evidence", "transaction " + p.txHash() + " at nonce " + p.nonce() + " is in the mempool"));
            hook.after(member, Step.RECORDED);
        }
        List<TxAttempt> tried = new ArrayList<>(ledger().attempts(member));
        if (tried.isEmpty()) {
            Fees originalFees = p.fees();
            tried.add(new TxAttempt(recorded, p.nonce(), TxAttempt.ORIGINAL, AttemptFees.of(originalFees), p.sentAt()));
        }
        SignedTransfer t = desk.signer().signReplacement(r.to(), r.valueWei(), p.nonce(), r.newFees());
        TxAttempt attempt = new TxAttempt(t.hash().orElse(null), p.nonce(), r.attemptKind(), AttemptFees.of(r.newFees()),
                Instant.now().getEpochSecond());
        tried.add(attempt);
        journal(member, tried);
        hook.after(member, Step.JOURNALLED);
        String hash;
        try {
            hash = desk.signer().send(t);
        } catch (ChainException e) {
            if (e.failure().certainlyNotSent()) {
                tried.removeLast();
                ledger().saveAttempts(member, tried);
            }
            desk.audit(r.attemptKind() + "-failed", Map.of("member", member, "nonce", Long.toString(p.nonce()),
                    "error", String.valueOf(e.getMessage())));
            throw new PaymentException("the " + describe(r.kind()) + " of " + member + " failed: " + e.getMessage()
                    + (e.failure().certainlyNotSent() ? " (nothing sent)" : " (it may be out: payout-desk stuck shows it)"));
        }
        hook.after(member, Step.SENT);
        if (attempt.hash() == null) {
            tried.set(tried.size() - 1, attempt.withHash(hash));
            ledger().saveAttempts(member, tried);
        }
        Map<String, String> audit = new LinkedHashMap<>();
        audit.put("member", member);
        audit.put("txHash", hash);
        audit.put("replaces", p.txHash());
        audit.put("nonce", Long.toString(p.nonce()));
        audit.put("fees", AttemptFees.of(r.newFees()).toString());
        desk.audit(r.attemptKind(), audit);
        return hash;
    }

    /**
     * The attempt journal, on every replica before the send, as the batch's debit is: replication is
     * asynchronous, and a promoted replica without it would hold the original hash while the replacement
     * is mined (a cancel mined then would leave the miner recorded as paid and never paid).
     */
    private void journal(String member, List<TxAttempt> tried) {
        int replicas = ledger().replicas();
        if (replicas == 0) {
            ledger().saveAttempts(member, tried);
            return;
        }
        int acked = ledger().saveAttemptsReplicated(member, tried, replicas, replicaWait);
        if (acked < replicas) {
            throw new PaymentException("only " + acked + " of " + replicas + " Redis replica(s) acknowledged the attempt journal of "
                    + member + " within " + replicaWait.toMillis() + " ms, so the replacement was NOT sent (a failover now could lose it)");
        }
    }

    private static String describe(Replacement.Kind kind) {
        return kind == Replacement.Kind.SPEEDUP ? "speed-up" : "cancel";
    }

    /**
     * For every recorded payment with attempts whose nonce is mined, whichever transaction at that nonce
     * was mined decides (see {@link AttemptSettler}).
     */
    public List<AttemptOutcome> settle() {
        return new AttemptSettler(desk).settle();
    }

    static TxAttempt original(List<TxAttempt> tried) {
        return tried.stream().filter(a -> a.kind().equals(TxAttempt.ORIGINAL)).findFirst().orElse(null);
    }
}
