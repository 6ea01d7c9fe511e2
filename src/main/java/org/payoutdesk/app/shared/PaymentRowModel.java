package org.payoutdesk.app.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.Problem;

/** One payment as a table row: strings formatted once when the page is loaded. */
public final class PaymentRowModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final PaymentRecord record;
    private final String timeText;
    private final String amountText;
    private final String chargesText;
    private final String flagsText;
    private final String flagsHint;

    private PaymentRowModel(PaymentRecord record, ZoneId zone) {
        this.record = record;
        this.timeText = TIME.format(Instant.ofEpochSecond(record.timestamp()).atZone(zone));
        this.amountText = Amounts.eth(record.amount());
        this.chargesText = record.txCharges() < 0 ? ""
                : org.payoutdesk.money.Shannon.formatWeiAsEthFixed(java.math.BigInteger.valueOf(record.txCharges())); // the fork's wei
        this.flagsText = record.problems().stream()
                .map(p -> p.flag().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .distinct().collect(Collectors.joining(", "));
        this.flagsHint = record.problems().stream().map(Problem::reason).collect(Collectors.joining("\n"));
    }

    public static PaymentRowModel of(PaymentRecord record, ZoneId zone) {
        return new PaymentRowModel(record, zone);
    }

    public PaymentRecord record() { return record; }

    public String timeText() { return timeText; }

    public String amountText() { return amountText; }

    public String chargesText() { return chargesText; }

    public String flagsText() { return flagsText; }

    public String flagsHint() { return flagsHint; }

    /** Problems other than the informational fork format make the row worth a warning colour. */
    public boolean flagged() {
        return record.problems().stream().anyMatch(Problem::blocksPayment);
    }
}
