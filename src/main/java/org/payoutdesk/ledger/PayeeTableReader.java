package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** Reads the payees: the SCAN of miner hashes, then either pipelined reads or the pool's one-by-one. */
final class PayeeTableReader {
    /** Logins per pipeline sync: two HGETALLs each, small enough to keep replies in memory. */
    static final int BATCH = 2_500;
    /** The Go pool's GetPayees COUNT. */
    static final int POOL_SCAN_COUNT = 100;
    static final int TABLE_SCAN_COUNT = 1_000;

    /** Logins in SCAN order, de-duplicated, and the SCAN calls it took. */
    record Scanned(List<String> logins, long roundTrips) { }

    private final RedisAccess redis;
    private final PoolKeys keys;

    PayeeTableReader(RedisAccess redis, PoolKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    Scanned scan(int count) {
        return redis.call("SCAN " + keys.minersPattern(), () -> {
            ScanParams params = new ScanParams().match(keys.minersPattern()).count(count);
            String prefix = keys.minerPrefix();
            Set<String> logins = new LinkedHashSet<>();
            String cursor = ScanParams.SCAN_POINTER_START;
            long trips = 0;
            do {
                ScanResult<String> page = redis.client().scan(cursor, params);
                trips++;
                for (String key : page.getResult()) {
                    // The whole rest of the key, ':' included: a login with ':' is flagged, not cut.
                    if (key.startsWith(prefix)) logins.add(key.substring(prefix.length()));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
            return new Scanned(new ArrayList<>(logins), trips);
        });
    }

    /** One SCAN pass, then HGETALL miners + settings for every payee, pipelined in batches. */
    PayeeTable pipelined() {
        Scanned scanned = scan(TABLE_SCAN_COUNT);
        List<PayeeRow> rows = new ArrayList<>(scanned.logins().size());
        long trips = scanned.roundTrips();
        trips += readRows(scanned.logins(), rows);
        return new PayeeTable(rows, trips);
    }

    /** Rows for the given logins (miners hashes that turn out empty are skipped); returns syncs made. */
    long readRows(List<String> logins, List<PayeeRow> rows) {
        return redis.call("HGETALL " + keys.miner("*"), () -> {
            long syncs = 0;
            try (AbstractPipeline p = redis.pipeline()) {
                for (int from = 0; from < logins.size(); from += BATCH) {
                    List<String> batch = logins.subList(from, Math.min(logins.size(), from + BATCH));
                    List<Response<Map<String, String>>> miners = new ArrayList<>(batch.size());
                    List<Response<Map<String, String>>> settings = new ArrayList<>(batch.size());
                    for (String login : batch) {
                        miners.add(p.hgetAll(keys.miner(login)));
                        settings.add(p.hgetAll(keys.settings(login)));
                    }
                    p.sync();
                    syncs++;
                    for (int i = 0; i < batch.size(); i++) {
                        PayeeRow row = row(batch.get(i), miners.get(i), settings.get(i));
                        if (row != null) rows.add(row);
                    }
                }
            }
            return syncs;
        });
    }

    /** The pool's way: SCAN COUNT 100, then one HGET balance round trip per payee. */
    PayeeTable perPayee() {
        Scanned scanned = scan(POOL_SCAN_COUNT);
        long trips = scanned.roundTrips();
        List<PayeeRow> rows = new ArrayList<>(scanned.logins().size());
        for (String login : scanned.logins()) {
            List<Problem> typeProblems = new ArrayList<>();
            String balance = redis.call("HGET balance", () -> {
                try {
                    return redis.client().hget(keys.miner(login), "balance");
                } catch (JedisDataException wrongType) {
                    typeProblems.add(new Problem(RowFlag.BAD_MEMBER,
                            keys.miner(login) + " is not a hash: " + wrongType.getMessage()));
                    return null;
                }
            });
            trips++;
            Map<String, String> miner = balance == null ? Map.of() : Map.of("balance", balance);
            rows.add(withProblems(RowParser.payee(login, miner, Map.of()), typeProblems));
        }
        return new PayeeTable(rows, trips);
    }

    private PayeeRow row(String login, Response<Map<String, String>> miner, Response<Map<String, String>> settings) {
        List<Problem> typeProblems = new ArrayList<>();
        Map<String, String> m = read(keys.miner(login), miner, typeProblems);
        Map<String, String> s = read(keys.settings(login), settings, typeProblems);
        if (m.isEmpty() && typeProblems.isEmpty()) return null; // deleted since the SCAN
        return withProblems(RowParser.payee(login, m, s), typeProblems);
    }

    private static PayeeRow withProblems(PayeeRow row, List<Problem> more) {
        if (more.isEmpty()) return row;
        List<Problem> all = new ArrayList<>(row.problems());
        all.addAll(more);
        return new PayeeRow(row.login(), row.balance(), row.immature(), row.pending(), row.paid(),
                row.threshold(), row.lastShare(), row.blocksFound(), all);
    }

    /** A key of the wrong type (e.g. a string under miners:) is flagged on its row, not thrown. */
    private static Map<String, String> read(String key, Response<Map<String, String>> r, List<Problem> problems) {
        try {
            Map<String, String> m = r.get();
            return m == null ? Map.of() : m;
        } catch (JedisDataException e) {
            problems.add(new Problem(RowFlag.BAD_MEMBER, key + " is not a hash: " + e.getMessage()));
            return Map.of();
        }
    }
}
