package org.payoutdesk.app.payments;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;

/** Writes the whole history (or one payee's) to a CSV file, reading it page by page. Returns the row count. */
public final class PaymentsExportService extends LedgerLoad<Long> {
    private static final int CHUNK = 1000;
    private PaymentHistory history;
    private Path file;

    public PaymentsExportService(PoolLedger ledger) {
        this.history = PaymentHistory.all(ledger);
    }

    public void export(String login, Path file) {
        export(login, PaymentDateRange.ALL, file);
    }

    /** Exports the payments of {@code login} (blank: all) within the day range. */
    public void export(String login, PaymentDateRange range, Path file) {
        this.history = history.with(login, range);
        this.file = file;
        restart();
    }

    @Override
    protected Callable<Long> work() {
        PaymentHistory history = this.history;
        PaymentDateRange days = history.range();
        Path target = file;
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        return () -> {
            long written = 0;
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                PaymentsCsv.writeHeader(out);
                long offset = 0;
                while (true) {
                    Page<PaymentRecord> page = history.read(offset, CHUNK);
                    for (PaymentRecord p : page.items()) {
                        if (!days.contains(p.timestamp(), zone)) continue;
                        PaymentsCsv.write(out, p);
                        written++;
                    }
                    offset += page.items().size();
                    if (page.items().isEmpty() || offset >= page.total()) break;
                }
            }
            return written;
        };
    }
}
