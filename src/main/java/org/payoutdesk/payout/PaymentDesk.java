package org.payoutdesk.payout;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.ChainTx;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.PeerCount;
import org.payoutdesk.chain.Receipt;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.SignerCheck;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.KeyProblem;
import org.payoutdesk.ledger.KeyRole;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payout domain in one place, shared by the CLI and the window: plan, pay, follow receipts,
 * reconcile, approve, roll back, credit back, audit. The only class through which money moves.
 * Every operator action is appended to {@code <coin>:desk:audit} and the log.
 */
public final class PaymentDesk {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);

    private final PoolLedger ledger;
    private final EthNode node;
    private final Signer signer;
    private final PayoutSettings settings;
    private final Reconciler reconciler;
    private final BatchPayer payer;
    private final FeeRules rules;
    private final Replacements replacements;
    private final UnrecordedTransfers unrecorded;
    private volatile String lastFail;

    public PaymentDesk(PoolLedger ledger, EthNode node, Signer signer, PayoutSettings settings) {
        this(ledger, node, signer, settings, Duration.ofSeconds(1));
    }

    public PaymentDesk(PoolLedger ledger, EthNode node, Signer signer, PayoutSettings settings, Duration receiptPoll) {
        this(ledger, node, signer, settings, receiptPoll, FeeRules.NONE);
    }

    /** With the gas ceiling, the replacement bump and the friends fork's fee pass-through of {@code rules}. */
    public PaymentDesk(PoolLedger ledger, EthNode node, Signer signer, PayoutSettings settings, Duration receiptPoll,
                       FeeRules rules) {
        this.ledger = ledger;
        this.node = node;
        this.signer = signer;
        this.settings = settings;
        this.rules = rules;
        this.reconciler = new Reconciler(ledger, node, settings.poolAddress(), settings.scanDepth(), rules);
        this.payer = new BatchPayer(ledger, node, signer, settings, receiptPoll, rules);
        this.replacements = new Replacements(this);
        this.unrecorded = new UnrecordedTransfers(ledger, node, settings.poolAddress(), settings.scanDepth());
    }

    public FeeRules rules() { return rules; }

    /** Stuck payments: find them, speed them up or cancel them, settle their attempts. */
    public Replacements replacements() { return replacements; }

    public PoolLedger ledger() { return ledger; }

    public EthNode node() { return node; }

    public Signer signer() { return signer; }

    public PayoutSettings settings() { return settings; }

    BatchPayer payer() { return payer; }

    /** Where the last batch's time went, step by step (for the benchmark and the log). */
    public BatchTimings lastBatchTimings() { return payer.lastTimings(); }

    /** The last halt reason of this session, or null. */
    public String lastFail() { return lastFail; }

    /** Node, signer and wallet as the plan needs them; never throws for a node that is down. */
    public NodeState nodeState() {
        try {
            long chainId = node.chainId();
            long block = node.blockNumber();
            PeerCount peers = node.peerCount();
            boolean syncing = node.syncing();
            SignerCheck check = signer.checkUnlocked();
            BigInteger wallet = node.balance(settings.poolAddress());
            BigInteger price = new FeePolicy(settings).current(node).maxCostWei().divide(
                    settings.autoGas() || settings.gasLimit() == null ? org.payoutdesk.chain.Fees.TRANSFER_GAS : settings.gasLimit());
            BigInteger legacyPrice = node.gasPrice();
            org.payoutdesk.chain.FeeSuggestion fees = eip1559Fees();
            return new NodeState(chainId, block, peers.count(), syncing, check.unlocked() ? null : check.message(), wallet, price, null,
                    fees == null ? null : fees.baseFeeWei(), fees == null ? null : fees.priorityFeeWei(), legacyPrice);
        } catch (ChainException e) {
            return NodeState.unreachable(e.getMessage());
        }
    }

    /** The node's base fee and tip, or null on a chain without EIP-1559. */
    private org.payoutdesk.chain.FeeSuggestion eip1559Fees() {
        try {
            return node.feeSuggestion();
        } catch (ChainException e) {
            if (e.failure() == org.payoutdesk.chain.ChainFailure.REJECTED) return null;
            throw e;
        }
    }

    public PayoutPlan plan(int max) {
        List<Blocker> extra = new ArrayList<>();
        if (settings.readOnly()) {
            extra.add(new Blocker(Blocker.Kind.READ_ONLY, "Payout Desk is in read-only mode", "Start it without read-only to pay."));
        }
        if (settings.poolAddress() == null || !settings.poolAddress().matches("0x[0-9a-f]{40}")
                || settings.poolAddress().equals("0x" + "0".repeat(40))) {
            extra.add(new Blocker(Blocker.Kind.CONFIG, "payouts.address '" + settings.poolAddress() + "' is not the pool's address",
                    "Set payouts.address in the config to the address that pays miners."));
        }
        Planner planner = new Planner(settings.threshold(), settings.requirePeers(), rules);
        NodeState state = nodeState();
        // Pool keys of the wrong type (or finances missing) block the batch and are not read: a command on them
        // would be refused, and the pool's MULTI groups would fail half-way after the transfer left.
        List<KeyProblem> poolKeys = ledger.poolKeyProblems();
        Set<KeyRole> bad = EnumSet.noneOf(KeyRole.class);
        for (KeyProblem k : poolKeys) {
            bad.add(k.role());
            extra.add(new Blocker(Blocker.Kind.LEDGER, k.reason(), remedy(k)));
        }
        Finances finances = bad.contains(KeyRole.FINANCES) ? null : ledger.finances();
        if (finances != null && !finances.problems().isEmpty()) {
            extra.add(new Blocker(Blocker.Kind.LEDGER, ledger.coin() + ":finances does not parse: "
                    + finances.problems().getFirst().reason(), "Fix the field by hand (redis-cli HSET) before paying."));
            finances = null;
        }
        List<PendingPayment> pending = bad.contains(KeyRole.PENDING) ? List.of() : ledger.pendingPayments();
        String lock = bad.contains(KeyRole.LOCK) ? null : ledger.lockValue().orElse(null);
        GasCeiling.blocker(rules.gasCeilingWei(), state).ifPresent(extra::add);
        if (state.nodeProblem() == null && extra.isEmpty()) extra.addAll(unrecorded.check());
        List<PayeeRow> rows = ledger.payeeTable().rows();
        PayoutPlan plan = planner.plan(rows, pending, lock, state, max, extra, finances, Map.of());
        if (plan.payments().isEmpty()) return plan;
        // payments:<login> of another type: WritePayment's ZADD would fail after the transfer; hold that miner.
        Map<String, String> keyHeld = new HashMap<>();
        for (KeyProblem k : ledger.loginKeyProblems(plan.payments().stream().map(PlannedPayment::login).toList())) {
            keyHeld.put(k.login(), k.reason() + ": the pool's WritePayment could not record the payment");
        }
        return keyHeld.isEmpty() ? plan : planner.plan(rows, pending, lock, state, max, extra, finances, keyHeld);
    }

    private static String remedy(KeyProblem k) {
        return k.role() == KeyRole.FINANCES && "none".equals(k.found())
                ? "Restore the finances hash (balance, pending, paid as the pool keeps them) before paying: the pool's "
                        + "WritePayment would create it half-filled."
                : "Rename or repair the key by hand (redis-cli TYPE / RENAME) before paying.";
    }

    /**
     * Pays the approved payments of a plan. Refuses when the plan has blockers. The amounts paid are
     * the approved ones; a balance that grew since stays for the next batch.
     */
    public BatchResult pay(PayoutPlan plan, List<PlannedPayment> approved, boolean waitEach,
                           BooleanSupplier stopAsked, BatchListener listener) {
        if (!plan.blockers().isEmpty()) {
            throw new PaymentException("the plan has blocking problems: " + plan.blockers().getFirst().message());
        }
        for (PlannedPayment p : approved) {
            if (!plan.payments().contains(p)) throw new PaymentException("payment to " + p.login() + " is not in the plan");
        }
        audit("pay", Map.of("payments", Integer.toString(approved.size()),
                "totalShannon", Long.toString(approved.stream().mapToLong(PlannedPayment::amount).sum())));
        BatchResult result = payer.pay(approved, waitEach, stopAsked, listener);
        if (result.halted()) {
            lastFail = result.lastFail();
            audit("halt", Map.of("login", String.valueOf(result.haltedOn()), "lastFail", result.lastFail()));
        }
        return result;
    }

    /** Follows the receipts of sent payments until each is mined or the time limit passes. */
    public List<ReceiptCheck> followReceipts(List<PaidPayment> sent, Duration limit, Duration poll) {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<String, ReceiptCheck> done = new LinkedHashMap<>();
        while (true) {
            for (PaidPayment p : sent) {
                if (done.containsKey(p.txHash())) continue;
                Optional<Receipt> r = node.receipt(p.txHash());
                r.ifPresent(rc -> done.put(p.txHash(), new ReceiptCheck(p,
                        rc.status() == Receipt.Status.FAILED ? ReceiptCheck.Status.REVERTED : ReceiptCheck.Status.CONFIRMED,
                        OptionalLong.of(rc.blockNumber()))));
            }
            if (done.size() == sent.size() || System.nanoTime() > deadline) break;
            try {
                Thread.sleep(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<ReceiptCheck> out = new ArrayList<>();
        for (PaidPayment p : sent) {
            out.add(done.getOrDefault(p.txHash(), new ReceiptCheck(p, ReceiptCheck.Status.NOT_MINED, OptionalLong.empty())));
        }
        return out;
    }

    /**
     * What the chain says about one recorded transaction now, without waiting: CONFIRMED, REVERTED, or
     * NOT_MINED (also for a hash the node does not know). Throws ChainException when the node is down.
     */
    public ReceiptCheck.Status receiptStatus(String txHash) {
        if (txHash == null || !txHash.matches("0x[0-9a-fA-F]{64}")) return ReceiptCheck.Status.NOT_MINED;
        return node.receipt(txHash.toLowerCase(java.util.Locale.ROOT))
                .map(r -> r.status() == Receipt.Status.FAILED ? ReceiptCheck.Status.REVERTED : ReceiptCheck.Status.CONFIRMED)
                .orElse(ReceiptCheck.Status.NOT_MINED);
    }

    public List<Reconciliation> reconcile() {
        return reconcile(ReconcileProgress.NONE);
    }

    /**
     * Verdicts on every pending payment; block scans are reported to {@code progress} and stop when it
     * says so (those entries come back UNKNOWN with the blocks searched, never NOT_SENT).
     */
    public List<Reconciliation> reconcile(ReconcileProgress progress) {
        return reconciler.reconcileAll(progress);
    }

    /**
     * Records a pending payment as paid with a hash verified on chain: mined, success, from the pool
     * to the login, the exact value, and not already recorded.
     */
    public void approve(String member, String txHash) {
        Approval a = verifyApproval(member, txHash);
        record(a.entry().login(), a.txHash(), a.entry().amount());
        audit("approve", Map.of("member", member, "txHash", a.txHash(), "block", Long.toString(a.block()),
                "evidence", a.evidence()));
        unlockWhenNothingPending();
    }

    /**
     * The on-chain check of {@link #approve} without writing anything, so the window can show it before
     * the operator confirms. Throws PaymentException with the reason when the hash does not pay the entry.
     */
    public Approval verifyApproval(String member, String txHash) {
        PendingPayment entry = pendingEntry(member);
        String hash = txHash == null ? "" : txHash.strip().toLowerCase(java.util.Locale.ROOT);
        if (!hash.matches("0x[0-9a-f]{64}")) throw new PaymentException("'" + txHash + "' is not a transaction hash (0x + 64 hex)");
        Receipt receipt = node.receipt(hash).orElseThrow(() -> new PaymentException(
                "transaction " + hash + " is not mined (or unknown to the node): approve it once it is mined"));
        if (receipt.status() == Receipt.Status.FAILED) {
            throw new PaymentException("transaction " + hash + " reverted in block " + receipt.blockNumber() + ": roll the payment back instead");
        }
        ChainTx tx = node.transaction(hash).orElse(null);
        String mismatch = reconciler.mismatch(entry, tx);
        if (mismatch != null) throw new PaymentException("transaction " + hash + " does not pay this entry: " + mismatch);
        boolean recorded = ledger.payments(entry.login(), 0, 1000).items().stream().anyMatch(r -> hash.equalsIgnoreCase(r.txHash()));
        if (recorded) throw new PaymentException("transaction " + hash + " is already recorded as a payment to " + entry.login());
        return new Approval(entry, hash, receipt.blockNumber(), "verified on chain: from " + tx.from() + " to " + entry.login()
                + " value " + tx.valueWei() + " wei, success");
    }

    /**
     * Credits a pending payment back. NOT_SENT / REVERTED: always. IN_MEMPOOL / UNKNOWN: only forced.
     * PAID: never, not even forced: the transfer is verified on chain, so crediting it back would
     * certainly pay twice; the operator approves it instead.
     */
    public Reconciliation rollback(String member, boolean force) {
        return rollback(member, force, ReconcileProgress.NONE);
    }

    /** {@link #rollback(String, boolean)} with the verdict's block scan reported to {@code progress}. */
    public Reconciliation rollback(String member, boolean force, ReconcileProgress progress) {
        PendingPayment entry = pendingEntry(member);
        Reconciliation r = reconciler.reconcile(entry, progress);
        if (r.verdict() == Verdict.PAID) {
            String hash = r.txHash().orElse("(unknown hash)");
            throw new PaymentException((force ? "refused even when forced" : "refused") + ": the verdict is PAID (" + r.evidence()
                    + "). The transaction is verified on chain, so crediting it back would pay this miner twice."
                    + " Approve it instead with transaction " + hash + ".");
        }
        if (!r.canRollback() && !force) {
            throw new PaymentException("refused: the verdict is " + r.verdict() + " (" + r.evidence()
                    + "). Rolling back could pay this miner twice; force it only if you are sure the money did not leave.");
        }
        if (!entry.wellFormed()) throw new PaymentException("the pending member '" + member + "' is malformed; fix it by hand");
        ledger.rollback(entry.login(), entry.amount());
        audit(force && !r.canRollback() ? "rollback-forced" : "rollback",
                Map.of("member", member, "verdict", r.verdict().name(), "evidence", r.evidence()));
        unlockWhenNothingPending();
        return r;
    }

    /** resolve --yes: approve PAID, roll back NOT_SENT/REVERTED, leave the rest; clear a lock nothing needs. */
    public List<Reconciliation> resolve() {
        return resolve(ReconcileProgress.NONE);
    }

    /** {@link #resolve()} with its block scans reported to {@code progress}. */
    public List<Reconciliation> resolve(ReconcileProgress progress) {
        replacements.settle();
        List<Reconciliation> verdicts = reconcile(progress);
        for (Reconciliation r : verdicts) {
            switch (r.verdict()) {
                case PAID -> approve(r.entry().member(), r.txHash().orElseThrow());
                case NOT_SENT, REVERTED -> rollback(r.entry().member(), false, progress);
                default -> LOG.warn("left pending: {} {} {}", r.entry().member(), r.verdict(), r.evidence());
            }
        }
        unlockWhenNothingPending();
        return verdicts;
    }

    /** Clears a lock that no pending payment needs. */
    public boolean clearStaleLock() {
        return unlockWhenNothingPending();
    }

    /** Reverses a recorded payment whose transaction reverted on chain (verified first). */
    public void creditBack(String login, String txHash, long amount) {
        Receipt r = node.receipt(txHash).orElseThrow(() -> new PaymentException("transaction " + txHash + " is not mined"));
        if (r.status() != Receipt.Status.FAILED) {
            throw new PaymentException("transaction " + txHash + " did not revert (block " + r.blockNumber() + "): nothing to credit back");
        }
        ledger.creditBack(login, txHash, amount);
        audit("credit-back", Map.of("login", login, "amount", Long.toString(amount), "txHash", txHash,
                "evidence", "reverted in block " + r.blockNumber()));
    }

    public AuditResult audit() {
        Finances f = ledger.finances();
        BigInteger owed = f.owedShannon();
        try {
            return new AuditResult(ledger.audit(), owed, node.balance(settings.poolAddress()), null);
        } catch (ChainException e) {
            return new AuditResult(ledger.audit(), owed, null, e.getMessage());
        }
    }

    /** WritePayment, in the friends fork's format when its fee pass-through is on. */
    void record(String login, String txHash, long amount) {
        if (rules.keepNwFees()) ledger.writePayment(login, txHash, amount, rules.txCharges());
        else ledger.writePayment(login, txHash, amount);
    }

    Reconciler reconciler() { return reconciler; }

    private boolean unlockWhenNothingPending() {
        if (ledger.pendingPayments().isEmpty() && ledger.isLocked()) {
            String value = ledger.lockValue().orElse("");
            ledger.unlock();
            audit("unlock", Map.of("lock", value, "evidence", "no pending payment left"));
            return true;
        }
        return false;
    }

    private PendingPayment pendingEntry(String member) {
        return ledger.pendingPayments().stream().filter(p -> p.member().equals(member)).findFirst()
                .orElseThrow(() -> new PaymentException("no pending payment '" + member + "'"));
    }

    void audit(String action, Map<String, String> details) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("action", action);
        fields.put("operator", settings.operator() == null ? System.getProperty("user.name", "?") : settings.operator());
        fields.put("at", Instant.now().toString());
        fields.putAll(details);
        LOG.info("audit {}", fields);
        try {
            ledger.appendAudit(fields);
        } catch (RuntimeException e) {
            LOG.error("could not append to the audit stream: {}", e.getMessage());
        }
    }

}
