package org.payoutdesk.app.shared;

import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.RelativeTime;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;

/**
 * One payee as the table shows it, compact for 100,000 rows: the texts a column filter or the search reads
 * over every row (threshold, last share, flags, the lower-case login) are formatted once, off the JavaFX
 * thread; the four amounts are formatted when a cell shows them (a few dozen visible cells, about a
 * microsecond each), which keeps 400 bytes of strings per row out of the heap; the row's observable value
 * is made only when a table asks for it.
 */
public final class PayeeRowModel implements org.payoutdesk.app.shared.RowValue<PayeeRowModel> {
    public static final String GLOBAL = "global";

    private final PayeeRow row;
    private final String loginLower;
    private final long effectiveThreshold;
    private final String thresholdText;
    private final String lastShareText;
    private final String flagsText;
    private final String flagsHint;
    private javafx.beans.value.ObservableValue<PayeeRowModel> value;

    private PayeeRowModel(PayeeRow row, long globalThreshold, long nowSeconds) {
        this.row = row;
        this.loginLower = row.login().toLowerCase(Locale.ROOT);
        this.effectiveThreshold = row.threshold() > 0 ? row.threshold() : globalThreshold;
        this.thresholdText = row.threshold() > 0 ? Amounts.eth(row.threshold()) : GLOBAL;
        this.lastShareText = RelativeTime.ago(row.lastShare(), nowSeconds);
        this.flagsText = flagNames(row);
        this.flagsHint = row.problems().isEmpty() ? ""
                : row.problems().stream().map(Problem::reason).collect(Collectors.joining("\n"));
    }

    public static PayeeRowModel of(PayeeRow row, long globalThreshold, long nowSeconds) {
        return new PayeeRowModel(row, globalThreshold, nowSeconds);
    }

    /** "bad number, negative": each distinct flag once, in enum order. */
    static String flagNames(PayeeRow row) {
        if (row.problems().isEmpty()) return "";
        EnumSet<RowFlag> flags = EnumSet.noneOf(RowFlag.class);
        row.problems().forEach(p -> flags.add(p.flag()));
        return flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    @Override
    public javafx.beans.value.ObservableValue<PayeeRowModel> asValue() {
        if (value == null) value = new javafx.beans.property.ReadOnlyObjectWrapper<>(this).getReadOnlyProperty();
        return value;
    }

    public PayeeRow row() { return row; }

    public String login() { return row.login(); }

    public String loginLower() { return loginLower; }

    public long balance() { return row.balance(); }

    public long immature() { return row.immature(); }

    public long pending() { return row.pending(); }

    public long paid() { return row.paid(); }

    public long lastShare() { return row.lastShare(); }

    /** The per-miner threshold when set, else the global one (Shannon). */
    public long effectiveThreshold() { return effectiveThreshold; }

    /** The pool pays when threshold < balance, strictly. */
    public boolean overThreshold() { return effectiveThreshold < row.balance(); }

    public boolean flagged() { return !row.problems().isEmpty(); }

    public boolean hasPending() { return row.pending() != 0; }

    public String balanceText() { return Amounts.eth(row.balance()); }

    public String immatureText() { return Amounts.eth(row.immature()); }

    public String pendingText() { return Amounts.eth(row.pending()); }

    public String paidText() { return Amounts.eth(row.paid()); }

    public String thresholdText() { return thresholdText; }

    public String lastShareText() { return lastShareText; }

    public String flagsText() { return flagsText; }

    /** Every problem's reason, one per line: the tooltip of the flags cell. */
    public String flagsHint() { return flagsHint; }

    /** Shannon tooltip for the threshold cell. */
    public String thresholdHint() {
        return row.threshold() > 0 ? Amounts.shannonHint(row.threshold())
                : "global: " + Amounts.shannonHint(effectiveThreshold);
    }
}
