package org.payoutdesk.app.finances;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.payoutdesk.payout.FinancesDay;
import org.payoutdesk.payout.FinancesReport;

/**
 * The table as CSV for month-end accounting: one line per UTC day, oldest first, the same exact integers as
 * {@code payout-desk finances --json} (wei and Shannon, never rounded ETH).
 */
public final class FinancesCsv {
    public static final String HEADER = "day,blocks,rewardWei,creditedShannon,keptWei,payments,paidShannon,feesWei";

    private FinancesCsv() { }

    public static List<String> lines(FinancesReport report) {
        List<String> out = new ArrayList<>(report.days().size() + 1);
        out.add(HEADER);
        for (FinancesDay d : report.days()) {
            out.add(String.join(",", d.day().toString(), Integer.toString(d.blocks()), d.rewardWei().toString(),
                    d.creditedShannon().toString(), d.keptWei().toString(), Integer.toString(d.payments()),
                    d.paidShannon().toString(), d.feesWei().toString()));
        }
        return out;
    }

    public static void write(FinancesReport report, Path file) throws IOException {
        Files.write(file, lines(report), StandardCharsets.UTF_8);
    }
}
