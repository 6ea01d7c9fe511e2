package org.payoutdesk.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The payee table: one SCAN pass, pipelined HGETALLs, every row kept and flagged, round trips counted. */
class PayeeTableTest extends LedgerCase {
    static final String A = "0x" + "a1".repeat(20);
    static final String B = "0x" + "b2".repeat(20);
    static final String C = "0x" + "c3".repeat(20);
    static final String WRONG_TYPE = "0x" + "d4".repeat(20);

    /** SCAN calls a full iteration takes, counted with the raw client. */
    long scanCalls(int count) {
        long calls = 0;
        String cursor = "0";
        do {
            List<?> reply = (List<?>) eth.raw.ok("SCAN", cursor, "MATCH", "eth:miners:*", "COUNT", Integer.toString(count));
            cursor = (String) reply.get(0);
            calls++;
        } while (!cursor.equals("0"));
        return calls;
    }

    /**
     * Round trips of payeeTable, replayed with the raw client: each SCAN call (one pass over miner and
     * settings keys), one pipeline sync per batch of whole SCAN pages holding at least BATCH new miner
     * logins (and one for the rest), then one per BATCH of miners that have a settings hash.
     */
    long tableRoundTrips() {
        long calls = 0;
        long syncs = 0;
        long inBatch = 0;
        Set<String> miners = new HashSet<>();
        Set<String> settings = new HashSet<>();
        String cursor = "0";
        do {
            List<?> reply = (List<?>) eth.raw.ok("SCAN", cursor, "MATCH", "eth:[ms][ie][nt][et][ri][sn]*", "COUNT", "1000");
            cursor = (String) reply.get(0);
            calls++;
            for (Object o : (List<?>) reply.get(1)) {
                String key = (String) o;
                if (key.startsWith("eth:miners:") && miners.add(key.substring(11))) inBatch++;
                if (key.startsWith("eth:settings:")) settings.add(key.substring(13));
            }
            if (inBatch >= PayeeTableReader.BATCH) {
                syncs++;
                inBatch = 0;
            }
        } while (!cursor.equals("0"));
        settings.retainAll(miners);
        long settingsSyncs = (settings.size() + PayeeTableReader.BATCH - 1) / PayeeTableReader.BATCH;
        return calls + syncs + (inBatch > 0 ? 1 : 0) + settingsSyncs;
    }

    static Map<String, PayeeRow> byLogin(PayeeTable t) {
        return t.rows().stream().collect(Collectors.toMap(PayeeRow::login, r -> r));
    }

    @Test
    void everyMinerHashOnceWithThresholdsAndFlags() {
        eth.credit(A, 1_000L);
        eth.minerField(A, "immature", "20");
        eth.minerField(A, "pending", "30");
        eth.minerField(A, "paid", "40");
        eth.minerField(A, "lastShare", "1700000000");
        eth.threshold(A, "250000000");
        eth.credit(B, 2L);
        eth.threshold(B, "7");
        eth.minerField(C, "balance", "12.5");
        String upper = "0x" + "Ee".repeat(20);
        eth.credit(upper, 9L);
        String rig = A + ":rig1";
        eth.credit(rig, 3L);
        eth.raw.ok("SET", "eth:miners:" + WRONG_TYPE, "oops");
        // Not payees: other shapes, another coin, settings without a miner hash.
        eth.raw.ok("SET", "eth:miners", "x");
        eth.raw.ok("HSET", "eth:minersX:" + B, "balance", "1");
        eth.raw.ok("HSET", "etc:miners:" + B, "balance", "1");
        eth.threshold("0x" + "f0".repeat(20), "99");

        PayeeTable table = ledger.payeeTable();
        Map<String, PayeeRow> rows = byLogin(table);

        assertEquals(6, table.rows().size(), rows.keySet().toString());
        assertEquals(new PayeeRow(A, 1_000, 20, 30, 40, 250_000_000, 1_700_000_000, 0, List.of()), rows.get(A));
        assertEquals(new PayeeRow(B, 2, 0, 0, 0, 0, 0, 0, List.of()), rows.get(B));
        assertEquals(List.of(RowFlag.BAD_NUMBER), rows.get(C).problems().stream().map(Problem::flag).toList());
        assertEquals(List.of(RowFlag.BAD_LOGIN), rows.get(upper).problems().stream().map(Problem::flag).toList());
        assertEquals(9, rows.get(upper).balance());
        assertEquals(List.of(RowFlag.BAD_LOGIN), rows.get(rig).problems().stream().map(Problem::flag).toList());
        assertEquals(3, rows.get(rig).balance());
        assertTrue(rows.get(WRONG_TYPE).problems().getFirst().reason().contains("is not a hash"));
        assertEquals(scanCalls(1_000) + 2, table.roundTrips()); // SCAN, one miners sync, one settings sync
        assertEquals(tableRoundTrips(), table.roundTrips());

        assertEquals(rows.keySet(), Set.copyOf(ledger.payees()));
    }

    @Test
    void perPayeeIsThePoolsWayAndCountsOneTripEach() {
        eth.credit(A, 1_000L);
        eth.minerField(A, "paid", "40");
        eth.credit(B, 2L);
        eth.raw.ok("SET", "eth:miners:" + WRONG_TYPE, "oops");
        PayeeTable table = ledger.payeeTablePerPayee();
        Map<String, PayeeRow> rows = byLogin(table);
        assertEquals(new PayeeRow(A, 1_000, 0, 0, 0, 0, 0, 0, List.of()), rows.get(A)); // balance only
        assertEquals(2, rows.get(B).balance());
        assertEquals(RowFlag.WRONG_TYPE, rows.get(WRONG_TYPE).problems().getFirst().flag());
        assertEquals(scanCalls(100) + 3, table.roundTrips());
    }

    @Test
    void thousandsOfMinersInBatches() {
        int n = 6_001;
        eth.raw.ok("EVAL", "for i=1,tonumber(ARGV[1]) do "
                + "local l=string.format('0x%040x', i) "
                + "redis.call('HSET', 'eth:miners:'..l, 'balance', i, 'paid', 2*i) "
                + "if i % 3 == 0 then redis.call('HSET', 'eth:settings:'..l, 'payoutthreshold', 100+i) end end", "0",
                Integer.toString(n));
        PayeeTable table = ledger.payeeTable();
        assertEquals(n, table.rows().size());
        assertEquals(tableRoundTrips(), table.roundTrips());
        // Batches are whole SCAN pages of at least BATCH logins: 6,001 miners need 2 or 3 syncs, settings 1.
        long syncs = table.roundTrips() - scanCalls(1_000);
        assertTrue(syncs == 3 || syncs == 4, Long.toString(syncs));
        assertEquals(table.roundTrips(), ledger.payeeTable().roundTrips());
        assertEquals((long) n * (n + 1) / 2, table.rows().stream().mapToLong(PayeeRow::balance).sum());
        assertEquals((long) n * (n + 1), table.rows().stream().mapToLong(PayeeRow::paid).sum());
        PayeeRow third = table.rows().stream().filter(r -> r.login().equals(String.format("0x%040x", 3)))
                .findFirst().orElseThrow();
        assertEquals(new PayeeRow(String.format("0x%040x", 3), 3, 0, 0, 6, 103, 0, 0, List.of()), third);
        assertTrue(table.rows().stream().allMatch(r -> r.problems().isEmpty()));
        assertEquals(n, table.rows().stream().map(PayeeRow::login).distinct().count());

        PayeeTable perPayee = ledger.payeeTablePerPayee();
        assertEquals(scanCalls(100) + n, perPayee.roundTrips());
        assertEquals(table.rows().stream().sorted(Comparator.comparing(PayeeRow::login)).map(PayeeRow::balance).toList(),
                perPayee.rows().stream().sorted(Comparator.comparing(PayeeRow::login)).map(PayeeRow::balance).toList());
    }
}
