package org.payoutdesk.app.payments;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.stream.Collectors;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.money.Shannon;

/** Payments as CSV: exact Shannon and exact ETH columns, UTC time, problems spelled out. */
public final class PaymentsCsv {
    public static final String HEADER =
            "time_utc,timestamp,login,tx_hash,amount_shannon,amount_eth,txcharges_wei,problems";

    private PaymentsCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
    }

    public static void write(Writer out, PaymentRecord p) throws IOException {
        out.write(String.join(",",
                Instant.ofEpochSecond(p.timestamp()).toString(),
                Long.toString(p.timestamp()),
                quote(p.login()),
                quote(p.txHash()),
                Long.toString(p.amount()),
                Shannon.formatEthFixed(p.amount()),
                p.txCharges() < 0 ? "" : Long.toString(p.txCharges()),
                quote(p.problems().stream().map(Problem::reason).collect(Collectors.joining("; ")))));
        out.write('\n');
    }

    /** RFC 4180 quoting when needed; a leading formula character is defused for spreadsheets. */
    static String quote(String v) {
        if (v == null) return "";
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
