package org.payoutdesk.app.pending;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.RelativeTime;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.Verdict;

/** One pending payment as a row: debit time, its age, its problems, and the engine's verdict with evidence. */
public final class PendingRowModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PendingPayment payment;
    private final Reconciliation reconciliation;
    private final PendingActions actions;
    private final String amountText;
    private final String debitText;
    private final String ageText;
    private final String problemsText;

    public PendingRowModel(PendingPayment payment, long nowSeconds, ZoneId zone) {
        this(payment, null, false, nowSeconds, zone);
    }

    /**
     * @param reconciliation the engine's verdict, null without an engine
     * @param writable       whether the window may write (an engine and not read-only)
     */
    public PendingRowModel(PendingPayment payment, Reconciliation reconciliation, boolean writable, long nowSeconds,
                           ZoneId zone) {
        this.payment = payment;
        this.reconciliation = reconciliation;
        this.actions = PendingActions.of(reconciliation == null ? null : reconciliation.verdict(), writable);
        this.amountText = Amounts.eth(payment.amount());
        this.debitText = TIME.format(Instant.ofEpochSecond(payment.timestamp()).atZone(zone));
        this.ageText = RelativeTime.age(Math.max(0, nowSeconds - payment.timestamp()));
        this.problemsText = payment.problems().stream().map(Problem::reason).collect(Collectors.joining("; "));
    }

    public PendingPayment payment() { return payment; }

    public Optional<Reconciliation> reconciliation() { return Optional.ofNullable(reconciliation); }

    public Verdict verdict() { return reconciliation == null ? null : reconciliation.verdict(); }

    public PendingActions actions() { return actions; }

    public String amountText() { return amountText; }

    public String debitText() { return debitText; }

    public String ageText() { return ageText; }

    public String problemsText() { return problemsText; }

    /** The evidence, or the entry's problems when there is no verdict. */
    public String evidenceText() {
        if (reconciliation != null) return reconciliation.evidence();
        return problemsText.isEmpty() ? "no verdict: the payout engine is not connected" : problemsText;
    }

    public String txHash() {
        return reconciliation == null ? null : reconciliation.txHash().orElse(null);
    }

    public String nonceText() {
        return reconciliation == null || reconciliation.nonce().isEmpty() ? "" : Long.toString(reconciliation.nonce().getAsLong());
    }

    public String blockText() {
        return reconciliation == null || reconciliation.block().isEmpty() ? "" : Long.toString(reconciliation.block().getAsLong());
    }
}
