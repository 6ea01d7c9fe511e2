package org.payoutdesk.cli;

import org.payoutdesk.wiring.CommandFailure;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.ledger.KeyProblem;
import org.payoutdesk.ledger.KeyRole;
import org.payoutdesk.ledger.LedgerException;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.AuditResult;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.FinancesBook;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PaymentException;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.SkippedPayment;
import org.payoutdesk.wiring.AssembledDesk;
import org.payoutdesk.wiring.DeskAssembly;
import org.payoutdesk.wiring.DeskUnavailableException;

/**
 * The headless commands on the real engine: a {@link PaymentDesk} opened from the pool's config.
 * Refusals and unreachable servers become {@link CommandFailure}s (one line, exit 1).
 */
public final class EngineCommands implements DeskCommands {
    /** The CLI does not sit for the desk's whole receipt timeout (10 min by default) after a batch. */
    static final Duration MAX_RECEIPT_WAIT = Duration.ofMinutes(2);
    static final Duration RECEIPT_POLL = Duration.ofMillis(500);
    /** How long Ctrl-C waits for the payment in flight to finish. */
    static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final int AUDIT_ACTIONS_SHOWN = 20;

    private final AssembledDesk assembled;
    private final PaymentDesk desk;

    public EngineCommands(AssembledDesk assembled) {
        this.assembled = assembled;
        this.desk = assembled.desk();
    }

    /** What {@code org.payoutdesk.Main} wires in: opens the desk on each command's config. */
    public static DeskCommandsFactory factory() {
        return config -> {
            try {
                return new EngineCommands(DeskAssembly.open(config));
            } catch (DeskUnavailableException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
        };
    }

    private PoolLedger ledger() {
        return desk.ledger();
    }

    @Override
    public CommandResult status(Output output) {
        return guarded(() -> {
            long ping = ledger().pingMicros();
            PayoutPlan plan = desk.plan(0);
            List<KeyProblem> keys = ledger().keyProblems();
            Set<KeyRole> bad = keys.stream().map(KeyProblem::role).collect(java.util.stream.Collectors.toSet());
            // Keys of another type are listed, not read: the command on them would only be refused.
            List<String> pending = bad.contains(KeyRole.PENDING) ? List.of()
                    : ledger().pendingPayments().stream().map(PendingPayment::member).toList();
            Optional<String> lock = bad.contains(KeyRole.LOCK) ? Optional.empty() : ledger().lockValue();
            Map<String, String> lastFail = pending.isEmpty() ? null : lastHalt();
            return new StatusReport(assembled.redisEndpoint(), ping, ledger().link(), replicas(), assembled.nodeEndpoint(), plan.node(),
                    desk.signer().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    desk.signer().address(), assembled.walletKnown(), ledger().finances(), pending,
                    lock, plan.payments().size() + plan.held().size(), plan.held(), keys, lastFail);
        });
    }

    /** The master's replicas, or null when it cannot say (an ACL user without ROLE, a replica reached). */
    private Integer replicas() {
        try {
            return ledger().replicas();
        } catch (LedgerException e) {
            return null;
        }
    }

    /** The newest halt in the audit stream: why the pending payment is there. */
    private Map<String, String> lastHalt() {
        return ledger().auditTrail(200).stream().filter(a -> "halt".equals(a.get("action"))).findFirst()
                .map(a -> Map.of("at", a.getOrDefault("at", "?"), "login", a.getOrDefault("login", "?"),
                        "lastFail", a.getOrDefault("lastFail", "?")))
                .orElse(null);
    }

    @Override
    public CommandResult plan(PlanRequest request, Output output) {
        return guarded(() -> PlanReport.of(desk.plan(request.max().orElse(0)), assembled.walletKnown()).asResult());
    }

    @Override
    public CommandResult pay(PayRequest request, Output output) {
        return guarded(() -> {
            PayoutPlan plan = desk.plan(request.max().orElse(0));
            PlanReport shown = PlanReport.of(plan, assembled.walletKnown());
            if (!request.send()) return PayReport.notSent(shown, PayReport.Outcome.PREVIEW);
            if (plan.deferred()) return PayReport.notSent(shown, PayReport.Outcome.DEFERRED);
            if (!plan.blockers().isEmpty()) return PayReport.notSent(shown, PayReport.Outcome.BLOCKED);
            if (plan.payments().isEmpty()) return PayReport.notSent(shown, PayReport.Outcome.NOTHING_TO_PAY);
            BatchResult batch = payStoppable(plan, request.waitEach(), output);
            return afterBatch(shown, batch, output);
        });
    }

    /**
     * What follows a batch that ran: receipts, and after a halt the entries left to resolve. A node or Redis that
     * fails here must not cost the operator the batch report (who was paid, with which hash): the failure becomes
     * a line of its own after the report.
     */
    private PayReport afterBatch(PlanReport shown, BatchResult batch, Output output) {
        Duration limit = desk.settings().receiptTimeout().compareTo(MAX_RECEIPT_WAIT) < 0
                ? desk.settings().receiptTimeout() : MAX_RECEIPT_WAIT;
        List<ReceiptCheck> receipts = List.of();
        List<String> failures = new ArrayList<>();
        if (!batch.paid().isEmpty()) {
            output.progress("following " + batch.paid().size() + " receipt(s) for up to " + limit.toSeconds() + " s");
            try {
                receipts = desk.followReceipts(batch.paid(), limit, RECEIPT_POLL);
            } catch (ChainException | LedgerException e) {
                failures.add("after the batch, following the receipts failed: " + e.getMessage());
            }
        }
        List<String> toResolve = List.of();
        if (batch.halted()) {
            try {
                toResolve = ledger().pendingPayments().stream().map(PendingPayment::member).toList();
            } catch (LedgerException e) {
                failures.add("after the batch, reading what is left to resolve failed: " + e.getMessage());
            }
        }
        return new PayReport(shown, batch.halted() ? PayReport.Outcome.HALTED : PayReport.Outcome.PAID, batch,
                receipts, limit, toResolve, failures.isEmpty() ? null : String.join("; ", failures));
    }

    /** Ctrl-C during a batch stops it after the payment in flight instead of cutting one in half. */
    private BatchResult payStoppable(PayoutPlan plan, boolean waitEach, Output output) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            output.progress("interrupted: stopping after the payment in flight");
            try {
                finished.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "payout-desk-stop");
        boolean hooked = addHook(hook);
        try {
            return desk.pay(plan, plan.payments(), waitEach, stop::get, progress(output));
        } finally {
            finished.countDown();
            if (hooked) removeHook(hook);
        }
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is running
        }
    }

    private static BatchListener progress(Output output) {
        return new BatchListener() {
            @Override
            public void paying(int index, int total, PlannedPayment p) {
                output.progress("[" + (index + 1) + "/" + total + "] paying " + p.login() + " "
                        + Shannon.formatEth(p.amount()) + " ETH");
            }

            @Override
            public void paid(int done, int total, PaidPayment p) {
                output.progress("[" + done + "/" + total + "] paid " + p.login() + " " + Shannon.formatEth(p.amount())
                        + " ETH, tx " + p.txHash() + ", nonce " + p.nonce());
            }

            @Override
            public void skipped(SkippedPayment s) {
                output.progress("skipped " + s.login() + ": " + s.reason());
            }

            @Override
            public void halted(String lastFail) {
                output.progress("HALTED: " + lastFail);
            }

            @Override
            public void log(String line) {
                if (line.startsWith("Stopped") || line.startsWith("BGSAVE")) output.progress(line);
            }
        };
    }

    @Override
    public CommandResult finances(FinancesRequest request, Output output) {
        return guarded(() -> new FinancesTable(FinancesBook.of(desk, assembled.walletKnown(), Clock.systemUTC())
                .report(request.days())));
    }

    @Override
    public CommandResult resolve(ResolveRequest request, Output output) {
        return guarded(() -> {
            Optional<String> lockBefore = ledger().lockValue();
            List<ResolveReport.Entry> entries = new ArrayList<>();
            ScanProgressLines scans = new ScanProgressLines(output);
            if (request.act()) {
                for (org.payoutdesk.payout.AttemptOutcome o : desk.replacements().settle()) {
                    if (o.result() != org.payoutdesk.payout.AttemptOutcome.Result.NOT_MINED) {
                        output.progress("attempts of " + o.member() + ": " + o.result() + ": " + o.evidence());
                    }
                }
            }
            for (Reconciliation r : desk.reconcile(scans)) {
                entries.add(request.act() ? act(r, output, scans) : new ResolveReport.Entry(r, wouldDo(r), null));
            }
            if (request.act()) desk.clearStaleLock();
            List<String> left = ledger().pendingPayments().stream().map(PendingPayment::member).toList();
            return new ResolveReport(request.act(), entries, lockBefore, ledger().lockValue(), left);
        });
    }

    private static String wouldDo(Reconciliation r) {
        return switch (r.verdict()) {
            case PAID -> "approve";
            case NOT_SENT, REVERTED -> "rollback";
            case IN_MEMPOOL -> "wait";
            case UNKNOWN -> "leave";
        };
    }

    private ResolveReport.Entry act(Reconciliation r, Output output, ScanProgressLines scans) {
        String member = r.entry().member();
        try {
            switch (r.verdict()) {
                case PAID -> {
                    desk.approve(member, r.txHash().orElseThrow());
                    output.progress("approved " + member + " with " + r.txHash().orElseThrow());
                    return new ResolveReport.Entry(r, "approved", null);
                }
                case NOT_SENT, REVERTED -> {
                    desk.rollback(member, false, scans);
                    output.progress("rolled back " + member);
                    return new ResolveReport.Entry(r, "rolled back", null);
                }
                default -> {
                    return new ResolveReport.Entry(r, "left", r.verdict() == org.payoutdesk.payout.Verdict.IN_MEMPOOL
                            ? "wait until it is mined" : "approve --tx HASH or rollback --force after checking");
                }
            }
        } catch (PaymentException | ChainException e) {
            output.progress("could not resolve " + member + ": " + e.getMessage());
            return new ResolveReport.Entry(r, "failed", e.getMessage());
        }
    }

    @Override
    public CommandResult approve(ApproveRequest request, Output output) {
        return guarded(() -> {
            String member = request.payment().member();
            desk.approve(member, request.txHash());
            Optional<String> lock = ledger().lockValue();
            return CommandResult.of(true, "approved " + member + ": recorded as paid by " + request.txHash()
                            + (lock.isPresent() ? "; the lock is still held by " + lock.get() : ""),
                    Json.obj("member", member, "login", request.payment().login(),
                            "amountShannon", request.payment().amount(), "txHash", request.txHash(),
                            "lock", lock.orElse(null)));
        });
    }

    @Override
    public CommandResult rollback(RollbackRequest request, Output output) {
        return guarded(() -> {
            String member = request.payment().member();
            ScanProgressLines scans = new ScanProgressLines(output);
            if (request.force()) refuseForcingAPaidEntry(member, scans);
            Reconciliation r = desk.rollback(member, request.force(), scans);
            boolean forced = !r.canRollback();
            Optional<String> lock = ledger().lockValue();
            return CommandResult.of(true, "rolled back " + member + ": " + Shannon.formatEth(request.payment().amount())
                            + " ETH credited back to " + request.payment().login() + (forced ? " (FORCED)" : "")
                            + "; verdict was " + r.verdict() + ": " + r.evidence()
                            + (lock.isPresent() ? "; the lock is still held by " + lock.get() : ""),
                    Json.obj("member", member, "login", request.payment().login(),
                            "amountShannon", request.payment().amount(), "verdict", r.verdict().name(),
                            "evidence", r.evidence(), "forced", forced, "lock", lock.orElse(null)));
        });
    }

    /** --force is for inconclusive evidence; a transfer found on chain is proof, and crediting it back pays twice. */
    private void refuseForcingAPaidEntry(String member, ScanProgressLines scans) {
        for (Reconciliation r : desk.reconcile(scans)) {
            if (r.entry().member().equals(member) && r.verdict() == org.payoutdesk.payout.Verdict.PAID) {
                throw new CommandFailure("refused even with --force: the verdict is PAID (" + r.evidence()
                        + "). Record it instead: payout-desk approve " + member + " --tx " + r.txHash().orElse("HASH"));
            }
        }
    }

    @Override
    public CommandResult audit(Output output) {
        return guarded(() -> {
            AuditResult a = desk.audit();
            String walletProblem = !assembled.walletKnown() ? "payouts.address is not set" : a.walletProblem();
            return new AuditCheckReport(a, walletProblem, ledger().auditTrail(AUDIT_ACTIONS_SHOWN));
        });
    }

    @Override
    public CommandResult stuck(Output output) {
        return guarded(() -> new StuckReport(desk.replacements().find(), desk.node().baseFee().orElse(null)));
    }

    @Override
    public CommandResult replace(ReplaceRequest request, Output output) {
        return guarded(() -> {
            org.payoutdesk.payout.Replacement r = desk.replacements().preview(request.txHash(),
                    request.cancel() ? org.payoutdesk.payout.Replacement.Kind.CANCEL : org.payoutdesk.payout.Replacement.Kind.SPEEDUP,
                    request.feeBump().orElse(null));
            if (!request.send()) return new ReplaceReport(r, null);
            return new ReplaceReport(r, desk.replacements().send(r));
        });
    }

    /** The engine's refusals and the servers' failures are one line for the operator. */
    private static CommandResult guarded(Supplier<CommandResult> body) {
        try {
            return body.get();
        } catch (PaymentException | LedgerException | ChainException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        assembled.close();
    }
}
