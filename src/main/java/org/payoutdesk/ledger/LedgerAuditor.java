package org.payoutdesk.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.resps.Tuple;

/** Checks the ledger invariants of SCHEMA.md with pipelined reads; each broken one is a Violation. */
final class LedgerAuditor {
    static final String PENDING_MINERS = "finances.pending == Σ miners.pending";
    static final String PENDING_MEMBERS = "finances.pending == Σ payments:pending amounts";
    static final String PAID_MINERS = "finances.paid == Σ miners.paid";
    static final String LOCK_IN_FLIGHT = "lock only while a payment is in flight";
    static final String HISTORY_MIRRORED = "every payments:all member has its payments:<login> member";
    static final String NOT_NEGATIVE = "no negative balance or pending";
    static final String ROWS_PARSE = "every row parses";
    static final String KEY_TYPES = "every pool key has its schema's type (finances present)";

    private static final int EXAMPLES = 3;
    private static final int BATCH = 5_000;

    private final RedisAccess redis;
    private final PoolKeys keys;
    private final PayeeTableReader tables;

    private final KeyCensus census;

    LedgerAuditor(RedisAccess redis, PoolKeys keys, PayeeTableReader tables, KeyCensus census) {
        this.redis = redis;
        this.keys = keys;
        this.tables = tables;
        this.census = census;
    }

    AuditReport audit() {
        List<KeyProblem> keyProblems = census.all();
        List<PayeeRow> miners = tables.pipelined().rows();
        Snapshot s = snapshot();
        Finances finances = RowParser.finances(s.finances());
        List<PendingPayment> pending = s.pending().stream()
                .map(t -> MemberParser.pending(t.getElement(), t.getScore())).toList();
        List<Violation> violations = new ArrayList<>();

        BigInteger minersPending = BigInteger.ZERO;
        BigInteger minersPaid = BigInteger.ZERO;
        for (PayeeRow r : miners) {
            minersPending = minersPending.add(BigInteger.valueOf(r.pending()));
            minersPaid = minersPaid.add(BigInteger.valueOf(r.paid()));
        }
        BigInteger membersPending = BigInteger.ZERO;
        for (PendingPayment p : pending) membersPending = membersPending.add(BigInteger.valueOf(p.amount()));

        equal(violations, PENDING_MINERS, finances.pending(), minersPending, miners.size() + " miner hashes");
        equal(violations, PENDING_MEMBERS, finances.pending(), membersPending, pending.size() + " members of " + keys.pending());
        equal(violations, PAID_MINERS, finances.paid(), minersPaid, miners.size() + " miner hashes");
        lock(violations, s.lock(), pending);
        history(violations, s.all());
        negatives(violations, miners, finances);
        malformed(violations, miners, pending, finances);
        if (!keyProblems.isEmpty()) {
            violations.add(new Violation(KEY_TYPES, keyProblems.size() + " keys of the wrong type or missing: "
                    + String.join("; ", keyProblems.stream().limit(EXAMPLES).map(KeyProblem::reason).toList())
                    + (keyProblems.size() > EXAMPLES ? "; ... (each one is listed under keyProblems)" : ""),
                    0, keyProblems.size()));
        }
        return new AuditReport(violations, List.of(PENDING_MINERS, PENDING_MEMBERS, PAID_MINERS, LOCK_IN_FLIGHT,
                HISTORY_MIRRORED, NOT_NEGATIVE, ROWS_PARSE, KEY_TYPES), keyProblems);
    }

    private record Snapshot(Map<String, String> finances, List<Tuple> pending, String lock, List<String> all) { }

    private Snapshot snapshot() {
        return redis.call("audit reads", () -> {
            try (AbstractPipeline p = redis.pipeline()) {
                Response<Map<String, String>> f = p.hgetAll(keys.finances());
                Response<List<Tuple>> pend = p.zrangeWithScores(keys.pending(), 0, -1);
                Response<String> lock = p.get(keys.lock());
                Response<List<String>> all = p.zrange(keys.allPayments(), 0, -1);
                p.sync();
                // A key of the wrong type reads as empty here; KEY_TYPES names it.
                return new Snapshot(orElse(f, Map.of()), orElse(pend, List.of()), orElse(lock, null), orElse(all, List.of()));
            }
        });
    }

    private static void equal(List<Violation> out, String name, long expected, BigInteger sum, String over) {
        if (!BigInteger.valueOf(expected).equals(sum)) {
            long actual = clamp(sum);
            out.add(new Violation(name, "finances says " + expected + " Shannon, the sum over " + over + " is "
                    + sum + " Shannon (difference " + sum.subtract(BigInteger.valueOf(expected)) + ")", expected, actual));
        }
    }

    private void lock(List<Violation> out, String lock, List<PendingPayment> pending) {
        if (lock == null) return;
        if (pending.isEmpty()) {
            out.add(new Violation(LOCK_IN_FLIGHT, keys.lock() + " is set to '" + lock
                    + "' but " + keys.pending() + " is empty: a stale lock blocks every payout", 0, 1));
        } else if (pending.stream().noneMatch(p -> p.member().equals(lock))) {
            out.add(new Violation(LOCK_IN_FLIGHT, keys.lock() + " is set to '" + lock
                    + "', which is not a member of " + keys.pending() + " (" + pending.size() + " members)", 1, 0));
        }
    }

    /** Pipelined ZSCORE of the expected payments:&lt;login&gt; member of every payments:all member. */
    private void history(List<Violation> out, List<String> all) {
        List<String> loginKeys = new ArrayList<>();
        List<String> expectedMembers = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String member : all) {
            String[] parts = member.split(":", -1);
            if (parts.length != 3 && parts.length != 4) continue; // reported by ROWS_PARSE
            loginKeys.add(keys.payments(parts[1]));
            expectedMembers.add(parts[0] + ":" + parts[2] + (parts.length == 4 ? ":" + parts[3] : ""));
            sources.add(member);
        }
        redis.call("ZSCORE " + keys.payments("<login>"), () -> {
            long count = 0;
            List<String> examples = new ArrayList<>();
            try (AbstractPipeline p = redis.pipeline()) {
                for (int from = 0; from < loginKeys.size(); from += BATCH) {
                    int to = Math.min(loginKeys.size(), from + BATCH);
                    List<Response<Double>> scores = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) scores.add(p.zscore(loginKeys.get(i), expectedMembers.get(i)));
                    p.sync();
                    for (int i = from; i < to; i++) {
                        if (orElse(scores.get(i - from), null) == null) {
                            count++;
                            if (examples.size() < EXAMPLES) {
                                examples.add(sources.get(i) + " (no " + expectedMembers.get(i) + " in " + loginKeys.get(i) + ")");
                            }
                        }
                    }
                }
            }
            if (count > 0) {
                out.add(new Violation(HISTORY_MIRRORED, count + " of " + loginKeys.size() + " members of "
                        + keys.allPayments() + " have no matching member, e.g. " + String.join(", ", examples),
                        loginKeys.size(), loginKeys.size() - count));
            }
            return count;
        });
    }

    private void negatives(List<Violation> out, List<PayeeRow> miners, Finances finances) {
        long count = 0;
        List<String> examples = new ArrayList<>();
        for (PayeeRow r : miners) {
            if (r.balance() < 0 || r.pending() < 0) {
                count++;
                if (examples.size() < EXAMPLES) {
                    examples.add(r.login() + " balance " + r.balance() + " pending " + r.pending());
                }
            }
        }
        if (finances.balance() < 0 || finances.pending() < 0) {
            count++;
            examples.addFirst(keys.finances() + " balance " + finances.balance() + " pending " + finances.pending());
        }
        if (count > 0) {
            out.add(new Violation(NOT_NEGATIVE, count + " hashes with a negative balance or pending, e.g. "
                    + String.join(", ", examples), 0, count));
        }
    }

    private void malformed(List<Violation> out, List<PayeeRow> miners, List<PendingPayment> pending, Finances finances) {
        long count = 0;
        List<String> examples = new ArrayList<>();
        for (PayeeRow r : miners) count += note(examples, keys.miner(r.login()), r.problems());
        for (PendingPayment p : pending) count += note(examples, keys.pending() + " '" + p.member() + "'", p.problems());
        count += note(examples, keys.finances(), finances.problems());
        if (count > 0) {
            out.add(new Violation(ROWS_PARSE, count + " rows do not parse, e.g. " + String.join("; ", examples), 0, count));
        }
    }

    /** 1 when the problems block payment (NEGATIVE alone is the other check's), with an example. */
    private static int note(List<String> examples, String where, List<Problem> problems) {
        List<Problem> blocking = problems.stream()
                .filter(p -> p.blocksPayment() && p.flag() != RowFlag.NEGATIVE).toList();
        if (blocking.isEmpty()) return 0;
        if (examples.size() < EXAMPLES) examples.add(where + ": " + blocking.getFirst().reason());
        return 1;
    }

    /** The reply, or {@code fallback} when Redis refused the command on a key of another type. */
    private static <T> T orElse(Response<T> r, T fallback) {
        try {
            T v = r.get();
            return v == null ? fallback : v;
        } catch (redis.clients.jedis.exceptions.JedisDataException wrongType) {
            return fallback;
        }
    }

    private static long clamp(BigInteger v) {
        if (v.bitLength() < 64) return v.longValue();
        return v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
}
