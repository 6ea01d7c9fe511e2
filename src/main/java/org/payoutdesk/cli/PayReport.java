package org.payoutdesk.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.payout.SkippedPayment;

/**
 * pay: the plan, and when it was sent what each payment became (sent, skipped, confirmed, reverted,
 * not mined), or why nothing was sent.
 *
 * @param outcome   what happened, one word (see {@link Outcome})
 * @param batch     null unless the batch ran
 * @param receipts  one per sent payment, in the order paid; empty when they could not be followed
 * @param toResolve the pending members left in the ledger after a halt
 * @param afterFailure what failed after the batch ran (the node or Redis gone while following up), or null;
 *                     printed after the report, never instead of it
 */
record PayReport(PlanReport plan, Outcome outcome, BatchResult batch, List<ReceiptCheck> receipts,
                 Duration receiptLimit, List<String> toResolve, String afterFailure) implements CommandResult {

    enum Outcome {
        /** No --yes: shown only. */
        PREVIEW,
        /** --yes, but the plan has blockers: nothing sent. */
        BLOCKED,
        /** --yes, but gas is above desk.gasCeiling: nothing sent, exit status 4, run again later. */
        DEFERRED,
        /** --yes, nobody over the threshold. */
        NOTHING_TO_PAY,
        /** The batch ran to its end (some payments may have been skipped). */
        PAID,
        /** The batch halted; lastFail says why. */
        HALTED
    }

    PayReport {
        receipts = List.copyOf(receipts);
        toResolve = List.copyOf(toResolve);
    }

    static PayReport notSent(PlanReport plan, Outcome outcome) {
        return new PayReport(plan, outcome, null, List.of(), Duration.ZERO, List.of(), null);
    }

    @Override
    public boolean ok() {
        return outcome != Outcome.BLOCKED && outcome != Outcome.HALTED && outcome != Outcome.DEFERRED
                && afterFailure == null;
    }

    @Override
    public int exitCode() {
        return outcome == Outcome.DEFERRED ? org.payoutdesk.wiring.ExitCode.DEFERRED : CommandResult.super.exitCode();
    }

    @Override
    public void printText(PrintStream out) {
        plan.printText(out);
        switch (outcome) {
            case PREVIEW -> out.println("Not sent: this only shows the batch. Run 'pay --yes' to send it.");
            case BLOCKED -> out.println("Not sent: the blocking problems above must be fixed first.");
            case DEFERRED -> out.println("Not sent: deferred until gas is at or below desk.gasCeiling (exit status 4).");
            case NOTHING_TO_PAY -> out.println("Nothing to pay.");
            case PAID, HALTED -> printBatch(out);
        }
    }

    private void printBatch(PrintStream out) {
        out.println();
        out.println("Sent " + batch.paid().size() + " payment(s), " + Shannon.formatEth(batch.paidShannon()) + " ETH"
                + (batch.skipped().isEmpty() ? "" : ", skipped " + batch.skipped().size())
                + (batch.notAttempted() > 0 ? ", not attempted " + batch.notAttempted() : ""));
        for (ReceiptCheck r : receipts) {
            out.println("  " + r.payment().login() + "  " + Shannon.formatEth(r.payment().amount()) + " ETH  "
                    + r.payment().txHash() + "  " + receiptText(r));
        }
        if (receipts.size() < batch.paid().size()) {
            for (PaidPayment p : batch.paid()) {
                out.println("  " + p.login() + "  " + Shannon.formatEth(p.amount()) + " ETH  " + p.txHash()
                        + "  nonce " + p.nonce() + "  receipt not checked");
            }
        }
        for (SkippedPayment s : batch.skipped()) {
            out.println("  skipped " + s.login() + "  " + Shannon.formatEth(s.amount()) + " ETH: " + s.reason());
        }
        long confirmed = count(ReceiptCheck.Status.CONFIRMED);
        long reverted = count(ReceiptCheck.Status.REVERTED);
        long notMined = count(ReceiptCheck.Status.NOT_MINED);
        out.println("Receipts (followed up to " + receiptLimit.toSeconds() + " s): " + confirmed + " confirmed, "
                + reverted + " reverted, " + notMined + " not mined");
        if (reverted > 0) {
            out.println("Reverted payments are recorded as paid but the miner did not get the money: credit them back.");
        }
        if (outcome == Outcome.HALTED) {
            out.println("HALTED: " + batch.lastFail());
            for (String member : toResolve) {
                out.println("  needs resolving: " + member + "  (payout-desk resolve --config FILE)");
            }
        }
        if (afterFailure != null) out.println("FAILED " + afterFailure);
    }

    private static String receiptText(ReceiptCheck r) {
        return switch (r.status()) {
            case CONFIRMED -> "confirmed in block " + r.block().orElse(-1);
            case REVERTED -> "REVERTED in block " + r.block().orElse(-1);
            case NOT_MINED -> "not mined yet";
        };
    }

    private long count(ReceiptCheck.Status status) {
        return receipts.stream().filter(r -> r.status() == status).count();
    }

    @Override
    public Object json() {
        Map<String, Object> doc = Json.obj("outcome", outcome.name(), "sent", batch != null, "plan", plan.json());
        if (batch == null) return doc;
        doc.put("paid", receipts.size() == batch.paid().size()
                ? receipts.stream().map(r -> paid(r.payment(), r.status().name(), r.block().isPresent() ? r.block().getAsLong() : null)).toList()
                : batch.paid().stream().map(p -> paid(p, "UNCHECKED", null)).toList());
        doc.put("skipped", batch.skipped().stream().map(s -> Json.obj("login", s.login(), "amountShannon", s.amount(),
                "reason", s.reason())).toList());
        doc.put("totals", Json.obj("paidCount", batch.paid().size(), "paidShannon", batch.paidShannon(),
                "paidEth", Shannon.formatEth(batch.paidShannon()), "notAttempted", batch.notAttempted()));
        doc.put("receipts", Json.obj("followedSeconds", receiptLimit.toSeconds(),
                "confirmed", count(ReceiptCheck.Status.CONFIRMED), "reverted", count(ReceiptCheck.Status.REVERTED),
                "notMined", count(ReceiptCheck.Status.NOT_MINED)));
        doc.put("halted", batch.halted());
        doc.put("lastFail", batch.lastFail());
        doc.put("haltedOn", batch.haltedOn());
        doc.put("toResolve", toResolve);
        doc.put("afterFailure", afterFailure);
        return doc;
    }

    private static Map<String, Object> paid(PaidPayment p, String receipt, Long block) {
        return Json.obj("login", p.login(), "amountShannon", p.amount(), "amountEth", Shannon.formatEth(p.amount()),
                "txHash", p.txHash(), "nonce", p.nonce(), "receipt", receipt, "block", block);
    }
}
