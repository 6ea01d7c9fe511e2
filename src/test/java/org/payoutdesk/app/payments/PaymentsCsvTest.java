package org.payoutdesk.app.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;

class PaymentsCsvTest {
    @Test
    void writesExactShannonAndEthColumns() throws Exception {
        StringWriter out = new StringWriter();
        PaymentsCsv.writeHeader(out);
        PaymentsCsv.write(out, new PaymentRecord("0xh:0xa:1500000001", "0xh", "0xa", 1_500_000_001L, -1,
                1_700_000_000L, List.of()));
        PaymentsCsv.write(out, new PaymentRecord("0xh:0xa:7:21", "0xh", "0xa", 7, 21, 1_700_000_060L,
                List.of(new Problem(RowFlag.FORK_FORMAT, "fork member, with txcharges"))));
        assertEquals(PaymentsCsv.HEADER + "\n"
                + "2023-11-14T22:13:20Z,1700000000,0xa,0xh,1500000001,1.500000001,,\n"
                + "2023-11-14T22:14:20Z,1700000060,0xa,0xh,7,0.000000007,21,\"fork member, with txcharges\"\n",
                out.toString());
    }

    @Test
    void quotesAndDefusesSpreadsheetFormulas() {
        assertEquals("\"a\"\"b\"", PaymentsCsv.quote("a\"b"));
        assertEquals("'=cmd()", PaymentsCsv.quote("=cmd()"));
        assertEquals("", PaymentsCsv.quote(null));
    }
}
