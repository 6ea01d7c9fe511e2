package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;
import org.payoutdesk.money.Shannon;

/**
 * Pure planning: which payees the pool would pay now and what stops a batch. Same rule as the Go
 * pool (whole balance, only when {@code threshold < balance}, per-miner thresholds honoured), plus
 * the checks the pool does per payment done up front for the whole batch.
 */
public final class Planner {
    public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

    private final long globalThreshold;
    private final int requirePeers;

    private final java.math.BigInteger txChargeWei;
    private final boolean keepNwFees;

    public Planner(long globalThreshold, int requirePeers) {
        this(globalThreshold, requirePeers, FeeRules.NONE);
    }

    /** With the friends fork's fee pass-through: a balance not above the fee kept is held back. */
    public Planner(long globalThreshold, int requirePeers, FeeRules rules) {
        this.globalThreshold = globalThreshold;
        this.requirePeers = requirePeers;
        this.txChargeWei = rules.nwTxChargeWei();
        this.keepNwFees = rules.keepNwFees();
    }

    public PayoutPlan plan(List<PayeeRow> payees, List<PendingPayment> pending, String lockValue,
                           NodeState node, int max, List<Blocker> extraBlockers) {
        return plan(payees, pending, lockValue, node, max, extraBlockers, null, Map.of());
    }

    /**
     * @param finances  the pool's finances hash, for the int64 limits of the batch's HINCRBYs; null when unknown
     * @param keyHeld   login → why a key of that miner cannot take a payment (e.g. payments:&lt;login&gt; of another type)
     */
    public PayoutPlan plan(List<PayeeRow> payees, List<PendingPayment> pending, String lockValue,
                           NodeState node, int max, List<Blocker> extraBlockers, Finances finances,
                           Map<String, String> keyHeld) {
        List<PlannedPayment> candidates = new ArrayList<>();
        Map<String, PayeeRow> rows = new HashMap<>();
        List<HeldPayment> held = new ArrayList<>();
        for (PayeeRow row : payees) {
            boolean own = row.threshold() > 0;
            long threshold = own ? row.threshold() : globalThreshold;
            if (!row.payable()) {
                // A row whose numbers or key cannot be read reads 0 there: it may well be owed money, so it is
                // held with its reason rather than silently left out as "under the threshold".
                if (row.balance() > threshold || unreadable(row)) {
                    held.add(new HeldPayment(row.login(), row.balance(), problems(row.problems())));
                }
                continue;
            }
            if (row.balance() <= threshold) continue;
            String keyProblem = keyHeld.get(row.login());
            if (keyProblem != null) {
                held.add(new HeldPayment(row.login(), row.balance(), keyProblem));
                continue;
            }
            if (Shannon.toWei(row.balance()).compareTo(txChargeWei) <= 0) {
                held.add(new HeldPayment(row.login(), row.balance(), "the network fee kept (payouts.keepNwFees, "
                        + Shannon.formatWeiAsEth(txChargeWei) + " ETH) is not less than the balance"));
                continue;
            }
            String reason = "balance " + Shannon.formatEth(row.balance()) + " ETH > "
                    + (own ? "own" : "global") + " threshold " + Shannon.formatEth(threshold) + " ETH";
            candidates.add(new PlannedPayment(row.login(), row.balance(), threshold, own, reason));
            rows.put(row.login(), row);
        }
        // Biggest debts first, so a batch cut short (--max, stop, halt) pays those who wait most.
        candidates.sort(Comparator.comparingLong(PlannedPayment::amount).reversed()
                .thenComparing(PlannedPayment::login));
        BatchLimits limits = new BatchLimits(finances);
        List<PlannedPayment> payments = new ArrayList<>();
        for (PlannedPayment p : candidates) {
            if (max > 0 && payments.size() >= max) break;
            String unpayable = limits.refuse(rows.get(p.login()), p.amount());
            if (unpayable != null) {
                held.add(new HeldPayment(p.login(), p.amount(), unpayable));
                continue;
            }
            limits.take(p.amount());
            payments.add(p);
        }
        held.sort(Comparator.comparing(HeldPayment::login));

        long total = limits.totalShannon();
        BigInteger gasPerPayment = TRANSFER_GAS.multiply(node.gasPriceWei());

        List<Blocker> blockers = new ArrayList<>(extraBlockers);
        if (!pending.isEmpty()) {
            blockers.add(new Blocker(Blocker.Kind.PENDING_PAYMENTS,
                    pending.size() + " pending payment(s) from an earlier run are unresolved",
                    "Resolve them in Pending (or `payout-desk resolve`) first: approve the paid ones, roll back the others."));
        }
        if (lockValue != null) {
            blockers.add(new Blocker(Blocker.Kind.LOCKED, "payouts are locked (" + lockValue + ")",
                    "Another payout may be running. If none is, resolve it in Pending, which clears the lock."));
        }
        if (node.nodeProblem() != null) {
            blockers.add(new Blocker(Blocker.Kind.NODE, "the node did not answer: " + node.nodeProblem(),
                    "Check payouts.daemon in the config and that the node is running."));
        } else {
            addNodeBlockers(node, total, payments.size(), gasPerPayment.multiply(BigInteger.valueOf(payments.size())), blockers);
        }
        return new PayoutPlan(payments, held, blockers, total, gasPerPayment, node.walletWei(), globalThreshold, node,
                txChargeWei, keepNwFees);
    }

    private void addNodeBlockers(NodeState node, long total, int count, BigInteger gas, List<Blocker> blockers) {
        if (node.peers().isEmpty() && requirePeers > 0) {
            blockers.add(new Blocker(Blocker.Kind.PEERS,
                    "the node does not report its peer count (net_peerCount) and payouts.requirePeers is " + requirePeers,
                    "Use a node that implements net_peerCount, or set payouts.requirePeers to 0."));
        } else if (node.peers().isPresent() && node.peers().getAsLong() < requirePeers) {
            blockers.add(new Blocker(Blocker.Kind.PEERS,
                    "the node has " + node.peers().getAsLong() + " peers, fewer than payouts.requirePeers " + requirePeers,
                    "Wait until the node has more peers."));
        }
        if (node.syncing()) {
            blockers.add(new Blocker(Blocker.Kind.SYNCING, "the node is still syncing",
                    "Wait until it has caught up with the chain."));
        }
        if (node.signerProblem() != null) {
            blockers.add(new Blocker(Blocker.Kind.SIGNER, node.signerProblem(),
                    "Unlock the pool account on the node, or unlock the keystore."));
        }
        BigInteger needed = Shannon.toWei(total).subtract(txChargeWei.multiply(BigInteger.valueOf(count))).add(gas);
        if (node.walletWei().compareTo(needed) < 0) {
            blockers.add(new Blocker(Blocker.Kind.FUNDS,
                    "the wallet holds " + Shannon.formatWeiAsEth(node.walletWei()) + " ETH but the batch needs "
                            + Shannon.formatWeiAsEth(needed) + " ETH with gas",
                    "Fund the pool address or pay fewer miners (untick rows, --max)."));
        }
    }

    private static boolean unreadable(PayeeRow row) {
        return row.problems().stream().anyMatch(p -> p.flag() == RowFlag.BAD_NUMBER || p.flag() == RowFlag.NEGATIVE
                || p.flag() == RowFlag.WRONG_TYPE);
    }

    private static String problems(List<Problem> problems) {
        return problems.stream().filter(Problem::blocksPayment).map(Problem::reason)
                .collect(Collectors.joining("; "));
    }
}
