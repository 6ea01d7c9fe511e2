package org.payoutdesk.app.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.payoutdesk.app.shared.LedgerLoad;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.PayeeTable;
import org.payoutdesk.ledger.PoolLedger;

/** Loads every payee (one SCAN + pipelined reads) and formats the rows, off the JavaFX thread. */
public final class PayeeTableService extends LedgerLoad<PayeeSnapshot> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PayeeTableService.class);
    private final PoolLedger ledger;
    private final long globalThreshold;

    public PayeeTableService(PoolLedger ledger, long globalThreshold) {
        this.ledger = ledger;
        this.globalThreshold = globalThreshold;
    }

    @Override
    protected Callable<PayeeSnapshot> work() {
        return () -> {
            long started = System.nanoTime();
            PayeeTable table = ledger.payeeTable();
            long read = System.nanoTime();
            long now = Instant.now().getEpochSecond();
            List<PayeeRowModel> rows = new ArrayList<>(table.rows().size());
            for (PayeeRow r : table.rows()) {
                rows.add(PayeeRowModel.of(r, globalThreshold, now));
            }
            PayeeSnapshot snapshot = new PayeeSnapshot(rows, PayeeStats.of(rows), table.roundTrips(),
                    (System.nanoTime() - started) / 1_000_000);
            LOG.info("payee table: {} rows in {} round trips, {} ms (ledger {} ms)", rows.size(),
                    table.roundTrips(), snapshot.loadMillis(), (read - started) / 1_000_000);
            return snapshot;
        };
    }
}
