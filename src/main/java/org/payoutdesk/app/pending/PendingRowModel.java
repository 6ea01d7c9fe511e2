package org.payoutdesk.app.pending;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.payoutdesk.app.Amounts;
import org.payoutdesk.app.RelativeTime;
import org.payoutdesk.ledger.PendingPayment;
import org.payoutdesk.ledger.Problem;

/** One pending payment as a row: debit time, its age, and its problems. */
public final class PendingRowModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PendingPayment payment;
    private final String amountText;
    private final String debitText;
    private final String ageText;
    private final String problemsText;

    public PendingRowModel(PendingPayment payment, long nowSeconds, ZoneId zone) {
        this.payment = payment;
        this.amountText = Amounts.eth(payment.amount());
        this.debitText = TIME.format(Instant.ofEpochSecond(payment.timestamp()).atZone(zone));
        this.ageText = RelativeTime.age(Math.max(0, nowSeconds - payment.timestamp()));
        this.problemsText = payment.problems().stream().map(Problem::reason).collect(Collectors.joining("; "));
    }

    public PendingPayment payment() { return payment; }

    public String amountText() { return amountText; }

    public String debitText() { return debitText; }

    public String ageText() { return ageText; }

    public String problemsText() { return problemsText; }
}
