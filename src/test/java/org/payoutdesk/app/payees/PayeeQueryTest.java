package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.PayeeRow;
import org.payoutdesk.ledger.Problem;
import org.payoutdesk.ledger.RowFlag;

public class PayeeQueryTest {
    static final long NOW = 1_700_000_000L;
    final PayeeRowModel rich = model("0xAAAA01", 900_000_000L, 0, List.of());
    final PayeeRowModel poor = model("0xbbbb02", 100L, 0, List.of());
    final PayeeRowModel stuck = model("0xcccc03", 0, 250_000_000L, List.of());
    final PayeeRowModel broken = model("0xdddd04", 0, 0, List.of(new Problem(RowFlag.BAD_NUMBER, "balance 'x'")));
    final List<PayeeRowModel> all = List.of(rich, poor, stuck, broken);

    public static PayeeRowModel model(String login, long balance, long pending, List<Problem> problems) {
        return PayeeRowModel.of(new PayeeRow(login, balance, 0, pending, 0, 0, NOW, 0, problems), 500_000_000L, NOW);
    }

    List<PayeeRowModel> apply(PayeeQuery q) {
        return all.stream().filter(q).toList();
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfTheAddress() {
        assertEquals(List.of(rich), apply(new PayeeQuery("aaaa", PayeeFilter.ALL)));
        assertEquals(List.of(poor), apply(new PayeeQuery("  BBBB02 ", PayeeFilter.ALL)));
        assertEquals(all, apply(new PayeeQuery("0x", PayeeFilter.ALL)));
        assertEquals(all, apply(new PayeeQuery(null, null)));
        assertEquals(List.of(), apply(new PayeeQuery("zz", PayeeFilter.ALL)));
    }

    @Test
    void filtersSelectOverThresholdFlaggedAndPending() {
        assertEquals(List.of(rich), apply(new PayeeQuery("", PayeeFilter.OVER_THRESHOLD)));
        assertEquals(List.of(broken), apply(new PayeeQuery("", PayeeFilter.FLAGGED)));
        assertEquals(List.of(stuck), apply(new PayeeQuery("", PayeeFilter.HAS_PENDING)));
        assertEquals(List.of(), apply(new PayeeQuery("bbbb", PayeeFilter.OVER_THRESHOLD)));
    }
}
