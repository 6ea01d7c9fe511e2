package org.payoutdesk.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Reads the payees: a SCAN of the miner hashes, then either pipelined HGETALLs (the table) or the
 * pool's one HGET per payee (the benchmark's baseline).
 */
final class PayeeTableReader {
    /** Keys per pipeline sync (the table takes whole SCAN pages until it has at least this many). */
    static final int BATCH = 2_500;
    /** The Go pool's GetPayees COUNT. */
    static final int POOL_SCAN_COUNT = 100;
    static final int TABLE_SCAN_COUNT = 1_000;
    /** Pipelines in flight at once: one being answered by Redis while the other is parsed. */
    static final int PIPELINES = 2;

    /** Logins in SCAN order, de-duplicated, and the SCAN calls it took. */
    record Scanned(List<String> logins, long roundTrips) { }

    private final RedisAccess redis;
    private final PoolKeys keys;
    private final int pipelines;

    PayeeTableReader(RedisAccess redis, PoolKeys keys) {
        this(redis, keys, PIPELINES);
    }

    PayeeTableReader(RedisAccess redis, PoolKeys keys, int pipelines) {
        this.redis = redis;
        this.keys = keys;
        this.pipelines = pipelines;
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

    /**
     * One SCAN pass over the miner and settings hashes, then pipelined HGETALLs of every miner hash
     * (batch by batch while the scan goes on) and of every settings hash that belongs to a miner.
     * The SCAN runs on its own connection and thread, and two pipelines (two connections) take
     * turns, so Redis works on one batch while the replies of the other are parsed. SCAN order.
     */
    PayeeTable pipelined() {
        return redis.call("payee table " + keys.minersAndSettingsPattern(), () -> {
            ScanFeed feed = ScanFeed.start(redis, keys, TABLE_SCAN_COUNT);
            try (ExecutorService workers = Executors.newFixedThreadPool(pipelines, r -> {
                Thread t = new Thread(r, "payee-pipeline");
                t.setDaemon(true);
                return t;
            })) {
                List<String> logins = new ArrayList<>();
                List<Future<List<Hash>>> minerBatches = new ArrayList<>();
                List<String> batch;
                while (!(batch = feed.next(BATCH)).isEmpty()) {
                    logins.addAll(batch);
                    List<String> batchKeys = batch.stream().map(keys::miner).toList();
                    minerBatches.add(workers.submit(() -> hashes(batchKeys)));
                }
                Set<String> withSettings = feed.settingsLogins();
                List<String> settingsLogins = logins.stream().filter(withSettings::contains).toList();
                List<Future<List<Hash>>> settingsBatches = new ArrayList<>();
                for (int from = 0; from < settingsLogins.size(); from += BATCH) {
                    List<String> batchKeys = settingsLogins.subList(from, Math.min(settingsLogins.size(), from + BATCH))
                            .stream().map(keys::settings).toList();
                    settingsBatches.add(workers.submit(() -> hashes(batchKeys)));
                }
                Map<String, Hash> settings = new HashMap<>();
                int i = 0;
                for (Future<List<Hash>> f : settingsBatches) {
                    for (Hash h : f.get()) settings.put(settingsLogins.get(i++), h);
                }
                List<PayeeRow> rows = new ArrayList<>(logins.size());
                i = 0;
                for (Future<List<Hash>> f : minerBatches) {
                    for (Hash miner : f.get()) {
                        String login = logins.get(i++);
                        PayeeRow row = row(login, miner, settings.getOrDefault(login, Hash.NONE));
                        if (row != null) rows.add(row);
                    }
                }
                return new PayeeTable(rows, feed.roundTrips() + minerBatches.size() + settingsBatches.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerException("interrupted while reading the payee table from " + redis.display(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new LedgerException("reading the payee table from " + redis.display() + " failed", e.getCause());
            }
        });
    }

    /** A hash as read, or why it could not be (a key of another type). */
    private record Hash(Map<String, String> fields, Problem problem) {
        static final Hash NONE = new Hash(Map.of(), null);
    }

    /** HGETALL of every key, one pipeline sync on a connection of its own. */
    private List<Hash> hashes(List<String> hashKeys) {
        List<Response<Map<String, String>>> replies = new ArrayList<>(hashKeys.size());
        try (AbstractPipeline p = redis.pipeline()) {
            for (String key : hashKeys) replies.add(p.hgetAll(key));
            p.sync();
        }
        List<Hash> out = new ArrayList<>(hashKeys.size());
        for (int i = 0; i < hashKeys.size(); i++) {
            List<Problem> problems = new ArrayList<>(0);
            Map<String, String> fields = read(hashKeys.get(i), replies.get(i), problems);
            out.add(new Hash(fields, problems.isEmpty() ? null : problems.getFirst()));
        }
        return out;
    }

    private static PayeeRow row(String login, Hash miner, Hash settings) {
        if (miner.fields().isEmpty() && miner.problem() == null) return null; // deleted since the SCAN
        List<Problem> more = new ArrayList<>(0);
        if (miner.problem() != null) more.add(miner.problem());
        if (settings.problem() != null) more.add(settings.problem());
        return withProblems(RowParser.payee(login, miner.fields(), settings.fields()), more);
    }

    /** Rows for the given logins (miners hashes that turn out empty are skipped); returns syncs made. */
    long readRows(List<String> logins, List<PayeeRow> rows) {
        return redis.call("HGETALL " + keys.miner("*"), () -> {
            long syncs = 0;
            try (AbstractPipeline p = redis.pipeline()) {
                for (int from = 0; from < logins.size(); from += BATCH) {
                    readBatch(p, logins.subList(from, Math.min(logins.size(), from + BATCH)), rows);
                    syncs++;
                }
            }
            return syncs;
        });
    }

    /** One pipeline sync: HGETALL miners:login and settings:login for each login of the batch. */
    private void readBatch(AbstractPipeline p, List<String> batch, List<PayeeRow> rows) {
        List<Response<Map<String, String>>> miners = new ArrayList<>(batch.size());
        List<Response<Map<String, String>>> settings = new ArrayList<>(batch.size());
        for (String login : batch) {
            miners.add(p.hgetAll(keys.miner(login)));
            settings.add(p.hgetAll(keys.settings(login)));
        }
        p.sync();
        for (int i = 0; i < batch.size(); i++) {
            PayeeRow row = row(batch.get(i), miners.get(i), settings.get(i));
            if (row != null) rows.add(row);
        }
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
                    typeProblems.add(wrongType(keys.miner(login)));
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
            problems.add(wrongType(key));
            return Map.of();
        }
    }

    private static Problem wrongType(String key) {
        return new Problem(RowFlag.WRONG_TYPE, key + " is not a hash (another Redis type): its balance cannot be read");
    }
}
