package org.payoutdesk.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.Tuple;

/**
 * {@link PoolLedger} on the pool's Redis with Jedis. Every write is the Go pool's MULTI/EXEC with the
 * same keys, members and command order (SCHEMA.md), so the pool cannot tell our writes from its own.
 * Scores are unix seconds from the given clock.
 *
 * <p>The debit is guarded: WATCH miners:login, read, refuse when the balance is short, else MULTI.
 * When EXEC aborts because the hash changed under WATCH (the unlocker credited it), it re-reads and
 * retries ONCE with a fresh balance check; a second abort is refused with nothing written.
 */
public final class RedisPoolLedger implements PoolLedger {
    /** Attempts of the guarded debit: the first, and one retry after a WATCH abort. */
    static final int DEBIT_ATTEMPTS = 2;

    private final RedisAccess redis;
    private final PoolKeys keys;
    private final Clock clock;
    private final PayeeTableReader tables;
    private final KeyCensus census;
    private volatile Runnable afterWatchedRead = () -> { };

    public RedisPoolLedger(RedisEndpoint endpoint, String coin, Clock clock) {
        this.keys = new PoolKeys(coin);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.redis = new RedisAccess(Objects.requireNonNull(endpoint, "endpoint"));
        this.tables = new PayeeTableReader(redis, keys);
        this.census = new KeyCensus(redis, keys);
    }

    public RedisPoolLedger(RedisEndpoint endpoint, String coin) {
        this(endpoint, coin, Clock.systemUTC());
    }

    /** Test hook: runs on the debit's connection after the WATCHed read, before MULTI. */
    void afterWatchedRead(Runnable hook) {
        this.afterWatchedRead = hook == null ? () -> { } : hook;
    }

    public PoolKeys keys() { return keys; }

    @Override public String coin() { return keys.coin(); }

    @Override public String endpointDisplay() { return redis.display(); }

    @Override public RedisLink link() { return redis.link(); }

    /** The most replicas each master has had while this ledger talked to it. */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> replicasSeen = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public int replicas() {
        List<Object> role = redis.call("ROLE", () -> redis.client().sendCommand(Protocol.Command.ROLE) instanceof List<?> l
                ? List.<Object>copyOf(l) : List.of());
        String kind = role.isEmpty() ? "?" : text(role.getFirst());
        if (!kind.equals("master")) {
            throw new LedgerException("Redis at " + redis.display() + " is a " + kind + ", not a master: payments need the master");
        }
        int now = role.size() > 2 && role.get(2) instanceof List<?> replicas ? replicas.size() : 0;
        // A replica whose link just dropped still counts: that is exactly when a failover could promote it
        // stale. Counted per master, since a failover changes who replicates from whom.
        return replicasSeen.merge(redis.link().master(), now, Math::max);
    }

    private static String text(Object reply) {
        return reply instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(reply);
    }

    @Override
    public long pingMicros() {
        long start = System.nanoTime();
        redis.call("PING", () -> redis.client().ping());
        return (System.nanoTime() - start) / 1_000;
    }

    @Override
    public List<String> payees() {
        return tables.scan(PayeeTableReader.POOL_SCAN_COUNT).logins();
    }

    @Override public PayeeTable payeeTable() { return tables.pipelined(); }

    @Override public PayeeTable payeeTablePerPayee() { return tables.perPayee(); }

    @Override public List<KeyProblem> poolKeyProblems() { return census.poolKeys(); }

    @Override public List<KeyProblem> loginKeyProblems(java.util.Collection<String> logins) { return census.loginPayments(logins); }

    @Override public List<KeyProblem> keyProblems() { return census.all(); }

    @Override
    public Optional<PayeeRow> payee(String login) {
        List<PayeeRow> rows = new ArrayList<>(1);
        tables.readRows(List.of(login), rows);
        return rows.stream().findFirst();
    }

    @Override
    public long balance(String login) {
        String raw = redis.call("HGET " + keys.miner(login) + " balance",
                () -> redis.client().hget(keys.miner(login), "balance"));
        List<Problem> problems = new ArrayList<>(1);
        long balance = FieldCheck.number("balance", raw, problems);
        if (!problems.isEmpty()) {
            throw new LedgerException(keys.miner(login) + " at " + redis.display() + ": " + problems.getFirst().reason());
        }
        return balance;
    }

    @Override
    public boolean lock(String login, long amount) {
        String value = PoolKeys.pendingMember(login, amount);
        return redis.call("SETNX " + keys.lock(), () -> redis.client().setnx(keys.lock(), value)) == 1L;
    }

    @Override
    public void unlock() {
        redis.run("DEL " + keys.lock(), () -> redis.client().del(keys.lock()));
    }

    @Override
    public boolean isLocked() {
        return redis.call("EXISTS " + keys.lock(), () -> redis.client().exists(keys.lock()));
    }

    @Override
    public Optional<String> lockValue() {
        return Optional.ofNullable(redis.call("GET " + keys.lock(), () -> redis.client().get(keys.lock())));
    }

    @Override
    public DebitResult debit(String login, long amount) {
        List<Problem> problems = new ArrayList<>(1);
        if (amount <= 0) return new DebitResult.Refused("amount must be positive, got " + amount, 0);
        if (!FieldCheck.login(login, problems)) return new DebitResult.Refused(problems.getFirst().reason(), 0);
        String member = PoolKeys.pendingMember(login, amount);
        long lastSeen = 0;
        for (int attempt = 1; attempt <= DEBIT_ATTEMPTS; attempt++) {
            Attempt a = redis.call("debit " + member, () -> tryDebit(login, amount));
            if (a.result() != null) return a.result();
            lastSeen = a.balanceSeen();
        }
        return new DebitResult.Refused(keys.miner(login) + " changed under WATCH " + DEBIT_ATTEMPTS
                + " times while debiting " + amount + " Shannon; nothing written", lastSeen);
    }

    /** One WATCH … EXEC attempt; {@code result} is null when EXEC aborted (the hash changed). */
    private record Attempt(DebitResult result, long balanceSeen) { }

    /** One attempt on a connection of its own: WATCH and the reads in one round trip, then the MULTI. */
    private Attempt tryDebit(String login, long amount) {
        try (Jedis j = redis.dedicated()) {
            boolean[] watching = {true};
            try {
                Object[] reads = sendWatchAndReads(j.getConnection(), null, login, amount);
                return decide(j, login, amount, reads, watching);
            } finally {
                if (watching[0]) unwatchQuietly(j);
            }
        }
    }

    /**
     * Queues [SETNX lock] WATCH miners:login, HMGET miners:login balance pending, HMGET finances balance
     * pending on one connection and reads every reply: one round trip. Redis runs them in this order, so
     * the reads are WATCHed exactly as when each waits for the one before (the WATCH is in place before
     * the first read runs), and a SETNX sent first has set the lock before anything is read.
     * Returns the replies: [setnx,] watch, miner fields, finances fields.
     */
    private Object[] sendWatchAndReads(Connection c, String lockValue, String login, long amount) {
        String minerKey = keys.miner(login);
        int n = 3;
        if (lockValue != null) {
            c.sendCommand(Protocol.Command.SETNX, keys.lock(), lockValue);
            n++;
        }
        c.sendCommand(Protocol.Command.WATCH, minerKey);
        c.sendCommand(Protocol.Command.HMGET, minerKey, "balance", "pending");
        c.sendCommand(Protocol.Command.HMGET, keys.finances(), "balance", "pending");
        List<Object> replies = c.getMany(n);
        // With SETNX the caller looks at each reply: a read that failed after the lock was set is the debit's failure.
        if (lockValue == null) {
            for (Object r : replies) {
                if (r instanceof RuntimeException e) throw e;
            }
        }
        return replies.toArray();
    }

    /** The balance check on the WATCHed reads, then UpdateBalance's MULTI; clears {@code watching[0]} once EXEC ran. */
    private Attempt decide(Jedis j, String login, long amount, Object[] reads, boolean[] watching) {
        String minerKey = keys.miner(login);
        int at = reads.length - 2;
        List<String> miner = strings(reads[at]);
        List<String> finances = strings(reads[at + 1]);
        List<Problem> problems = new ArrayList<>();
        long balance = FieldCheck.number("balance", miner.get(0), problems);
        FieldCheck.number("pending", miner.get(1), problems);
        FieldCheck.number(keys.finances() + " balance", finances.get(0), problems);
        FieldCheck.number(keys.finances() + " pending", finances.get(1), problems);
        if (!problems.isEmpty()) {
            return new Attempt(new DebitResult.Refused(minerKey + ": " + problems.stream()
                    .map(Problem::reason).collect(Collectors.joining("; ")) + "; nothing written", balance), balance);
        }
        if (balance < amount) {
            return new Attempt(new DebitResult.Refused("balance " + balance + " Shannon of " + login
                    + " is below the amount " + amount + " Shannon; nothing written", balance), balance);
        }
        afterWatchedRead.run();
        long now = clock.instant().getEpochSecond();
        String member = PoolKeys.pendingMember(login, amount);
        Transaction tx = j.multi();
        List<Object> replies;
        try {
            // UpdateBalance, in the Go pool's order.
            tx.hincrBy(minerKey, "balance", -amount);
            tx.hincrBy(minerKey, "pending", amount);
            tx.hincrBy(keys.finances(), "balance", -amount);
            tx.hincrBy(keys.finances(), "pending", amount);
            tx.zadd(keys.pending(), now, member);
            replies = tx.exec();
        } catch (RuntimeException e) {
            discardQuietly(tx);
            throw e;
        }
        watching[0] = false; // EXEC (run or aborted) always clears the WATCH
        if (replies == null) return new Attempt(null, balance);
        checkReplies("UpdateBalance " + member, replies);
        return new Attempt(new DebitResult.Debited(member, now), balance);
    }

    /** An HMGET reply as strings (nulls kept). */
    private static List<String> strings(Object reply) {
        if (!(reply instanceof List<?> list)) throw new LedgerException("unexpected HMGET reply: " + reply);
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) out.add(o == null ? null : text(o));
        return out;
    }

    /**
     * SETNX sent with the debit's WATCH and reads on one connection (one round trip: see
     * {@link #sendWatchAndReads}). Why that merge is safe: SETNX runs first, so nothing is read before the lock
     * is ours, exactly as before; the reads are harmless when it was refused (then UNWATCH, nothing written);
     * and the debit's MULTI is sent only by {@link LockedDebit#debit()}, after the caller has seen SETNX's
     * answer. A first attempt that EXEC aborts is retried by {@link #debit} (the same two attempts in all).
     */
    @Override
    public LockedDebit lockForDebit(String login, long amount) {
        List<Problem> problems = new ArrayList<>(1);
        if (amount <= 0 || !FieldCheck.login(login, problems)) return PoolLedger.super.lockForDebit(login, amount);
        String member = PoolKeys.pendingMember(login, amount);
        Jedis j = redis.call("SETNX " + keys.lock(), redis::dedicated);
        Object[] reads;
        try {
            reads = redis.call("SETNX " + keys.lock() + " and WATCH " + keys.miner(login),
                    () -> sendWatchAndReads(j.getConnection(), member, login, amount));
        } catch (RuntimeException e) {
            unwatchQuietly(j);
            j.close();
            throw e;
        }
        if (reads[0] instanceof RuntimeException e) {
            unwatchQuietly(j);
            j.close();
            throw redis.failure("SETNX " + keys.lock(), e);
        }
        boolean locked = reads[0] instanceof Long l && l == 1L;
        if (!locked) {
            unwatchQuietly(j);
            j.close();
            return notLocked();
        }
        for (int i = 1; i < reads.length; i++) {
            if (reads[i] instanceof RuntimeException e) {
                // The lock is ours but the WATCHed read failed (a miner or finances key of another type): the
                // debit fails as it did when it ran its own reads, with the lock left for resolve.
                unwatchQuietly(j);
                j.close();
                LedgerException failure = redis.failure("debit " + member, e);
                return new LockedDebit() {
                    @Override public boolean locked() { return true; }

                    @Override public DebitResult debit() { throw failure; }

                    @Override public void close() { }
                };
            }
        }
        return new LockedDebit() {
            private boolean used;

            @Override public boolean locked() { return true; }

            @Override
            public DebitResult debit() {
                if (used) throw new IllegalStateException("the debit of " + member + " already ran");
                used = true;
                boolean[] watching = {true};
                Attempt first;
                try {
                    first = redis.call("debit " + member, () -> decide(j, login, amount, reads, watching));
                } finally {
                    if (watching[0]) unwatchQuietly(j);
                    j.close();
                }
                if (first.result() != null) return first.result();
                long lastSeen = first.balanceSeen();
                for (int attempt = 2; attempt <= DEBIT_ATTEMPTS; attempt++) {
                    Attempt a = redis.call("debit " + member, () -> tryDebit(login, amount));
                    if (a.result() != null) return a.result();
                    lastSeen = a.balanceSeen();
                }
                return new DebitResult.Refused(keys.miner(login) + " changed under WATCH " + DEBIT_ATTEMPTS
                        + " times while debiting " + amount + " Shannon; nothing written", lastSeen);
            }

            @Override
            public void close() {
                if (!used) {
                    used = true;
                    unwatchQuietly(j);
                    j.close();
                }
            }
        };
    }

    private static LockedDebit notLocked() {
        return new LockedDebit() {
            @Override public boolean locked() { return false; }

            @Override public DebitResult debit() { throw new IllegalStateException("not locked: no debit"); }

            @Override public void close() { }
        };
    }

    @Override
    public void rollback(String login, long amount) {
        requirePositive(amount);
        String member = PoolKeys.pendingMember(login, amount);
        transaction("RollbackBalance " + member, tx -> {
            tx.hincrBy(keys.miner(login), "balance", amount);
            tx.hincrBy(keys.miner(login), "pending", -amount);
            tx.hincrBy(keys.finances(), "balance", amount);
            tx.hincrBy(keys.finances(), "pending", -amount);
            tx.zrem(keys.pending(), member);
            tx.hdel(keys.pendingNonce(), member);
            tx.hdel(keys.pendingTx(), member);
        });
    }

    @Override
    public void writePayment(String login, String txHash, long amount) {
        requirePositive(amount);
        if (txHash == null || txHash.isEmpty() || txHash.contains(":")) {
            throw new IllegalArgumentException("tx hash must be non-empty and without ':', got '" + txHash + "'");
        }
        long now = clock.instant().getEpochSecond();
        String member = PoolKeys.pendingMember(login, amount);
        transaction("WritePayment " + member + " " + txHash, tx -> {
            tx.hincrBy(keys.miner(login), "pending", -amount);
            tx.hincrBy(keys.miner(login), "paid", amount);
            tx.hincrBy(keys.finances(), "pending", -amount);
            tx.hincrBy(keys.finances(), "paid", amount);
            tx.zadd(keys.allPayments(), now, PoolKeys.paymentMember(txHash, login, amount));
            tx.zadd(keys.payments(login), now, PoolKeys.loginPaymentMember(txHash, amount));
            tx.zrem(keys.pending(), member);
            tx.del(keys.lock());
            tx.hdel(keys.pendingNonce(), member);
            tx.hdel(keys.pendingTx(), member);
        });
    }

    @Override
    public void writePayment(String login, String txHash, long amount, long txCharges) {
        requirePositive(amount);
        if (txCharges < 0) throw new IllegalArgumentException("txcharges must be >= 0, got " + txCharges);
        if (txHash == null || txHash.isEmpty() || txHash.contains(":")) {
            throw new IllegalArgumentException("tx hash must be non-empty and without ':', got '" + txHash + "'");
        }
        long now = clock.instant().getEpochSecond();
        String member = PoolKeys.pendingMember(login, amount);
        // open-etc-pool-friends' WritePayment, in its order, plus the journal HDELs.
        transaction("WritePayment " + member + " " + txHash + " txcharges " + txCharges, tx -> {
            tx.hincrBy(keys.miner(login), "pending", -amount);
            tx.hincrBy(keys.miner(login), "paid", amount);
            tx.hincrBy(keys.finances(), "pending", -amount);
            tx.hincrBy(keys.finances(), "paid", amount);
            tx.hincrBy(keys.finances(), "txcharges", txCharges);
            tx.zadd(keys.allPayments(), now, PoolKeys.paymentMember(txHash, login, amount, txCharges));
            tx.zadd(keys.payments(login), now, PoolKeys.loginPaymentMember(txHash, amount, txCharges));
            tx.zrem(keys.pending(), member);
            tx.del(keys.lock());
            tx.hdel(keys.pendingNonce(), member);
            tx.hdel(keys.pendingTx(), member);
        });
    }

    @Override
    public List<TxAttempt> attempts(String member) {
        String json = redis.call("HGET " + keys.attempts(), () -> redis.client().hget(keys.attempts(), member));
        return json == null ? List.of() : AttemptCodec.read(keys.attempts(), member, json);
    }

    @Override
    public Map<String, List<TxAttempt>> allAttempts() {
        Map<String, String> raw = redis.call("HGETALL " + keys.attempts(), () -> redis.client().hgetAll(keys.attempts()));
        Map<String, List<TxAttempt>> out = new java.util.TreeMap<>();
        raw.forEach((field, json) -> out.put(field, AttemptCodec.read(keys.attempts(), field, json)));
        return out;
    }

    @Override
    public void saveAttempts(String member, List<TxAttempt> attempts) {
        String json = AttemptCodec.write(attempts);
        redis.run("HSET " + keys.attempts(), () -> redis.client().hset(keys.attempts(), member, json));
    }

    @Override
    public int saveAttemptsReplicated(String member, List<TxAttempt> attempts, int replicas, java.time.Duration timeout) {
        String json = AttemptCodec.write(attempts);
        return redis.call("HSET " + keys.attempts() + " and WAIT " + replicas, () -> {
            try (Jedis j = redis.dedicated()) {
                j.hset(keys.attempts(), member, json);
                return (int) j.waitReplicas(replicas, Math.max(1, timeout.toMillis()));
            }
        });
    }

    @Override
    public void clearAttempts(String member) {
        redis.run("HDEL " + keys.attempts(), () -> redis.client().hdel(keys.attempts(), member));
    }

    /** The recorded members of one payment as they are in Redis (plain or with :txcharges), with their scores. */
    private record Recorded(String all, double allScore, String mine, double mineScore, long txCharges) { }

    private Recorded recorded(String login, long amount, String txHash) {
        String allPrefix = PoolKeys.paymentMember(txHash, login, amount);
        String minePrefix = PoolKeys.loginPaymentMember(txHash, amount);
        Recorded found = null;
        for (Tuple t : redis.call("ZRANGE " + keys.payments(login), () -> redis.client().zrangeWithScores(keys.payments(login), 0, -1))) {
            String m = t.getElement();
            if (m.equals(minePrefix) || m.startsWith(minePrefix + ":")) {
                String suffix = m.substring(minePrefix.length());
                Double allScore = redis.call("ZSCORE " + keys.allPayments(),
                        () -> redis.client().zscore(keys.allPayments(), allPrefix + suffix));
                if (allScore == null) continue;
                long charges = suffix.isEmpty() ? -1 : Long.parseLong(suffix.substring(1));
                found = new Recorded(allPrefix + suffix, allScore, m, t.getScore(), charges);
                break;
            }
        }
        if (found == null) {
            throw new LedgerException("no recorded payment " + txHash + " of " + amount + " Shannon to " + login
                    + " in both " + keys.allPayments() + " and " + keys.payments(login));
        }
        return found;
    }

    @Override
    public void rewritePayment(String login, long amount, String recordedHash, String minedHash) {
        requirePositive(amount);
        if (minedHash == null || minedHash.isEmpty() || minedHash.contains(":")) {
            throw new IllegalArgumentException("tx hash must be non-empty and without ':', got '" + minedHash + "'");
        }
        Recorded r = recorded(login, amount, recordedHash);
        String suffix = r.txCharges() < 0 ? "" : ":" + r.txCharges();
        transaction("RewritePayment " + r.all() + " -> " + minedHash, tx -> {
            tx.zrem(keys.allPayments(), r.all());
            tx.zadd(keys.allPayments(), r.allScore(), PoolKeys.paymentMember(minedHash, login, amount) + suffix);
            tx.zrem(keys.payments(login), r.mine());
            tx.zadd(keys.payments(login), r.mineScore(), PoolKeys.loginPaymentMember(minedHash, amount) + suffix);
            tx.hdel(keys.attempts(), PoolKeys.pendingMember(login, amount));
        });
    }

    @Override
    public void creditBackCancelled(String login, String recordedHash, long amount) {
        requirePositive(amount);
        Recorded r = recorded(login, amount, recordedHash);
        transaction("CreditBack (cancelled) " + r.all(), tx -> {
            tx.hincrBy(keys.miner(login), "paid", -amount);
            tx.hincrBy(keys.miner(login), "balance", amount);
            tx.hincrBy(keys.finances(), "paid", -amount);
            tx.hincrBy(keys.finances(), "balance", amount);
            if (r.txCharges() > 0) tx.hincrBy(keys.finances(), "txcharges", -r.txCharges());
            tx.zrem(keys.allPayments(), r.all());
            tx.zrem(keys.payments(login), r.mine());
            tx.hdel(keys.attempts(), PoolKeys.pendingMember(login, amount));
        });
    }

    @Override
    public List<PendingPayment> pendingPayments() {
        List<Tuple> tuples = redis.call("ZREVRANGE " + keys.pending(),
                () -> redis.client().zrevrangeWithScores(keys.pending(), 0, -1));
        List<PendingPayment> out = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) out.add(MemberParser.pending(t.getElement(), t.getScore()));
        return out;
    }

    @Override
    public Page<PaymentRecord> payments(long offset, int limit) {
        return page(keys.allPayments(), offset, limit, MemberParser::payment);
    }

    @Override
    public Page<PaymentRecord> payments(String login, long offset, int limit) {
        return page(keys.payments(login), offset, limit, (m, s) -> MemberParser.loginPayment(login, m, s));
    }

    /** ZCARD and ZREVRANGE offset..offset+limit-1 in one pipeline: newest first. */
    private Page<PaymentRecord> page(String key, long offset, int limit, BiFunction<String, Double, PaymentRecord> parse) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, got " + offset);
        return redis.call("ZREVRANGE " + key, () -> {
            try (AbstractPipeline p = redis.pipeline()) {
                Response<Long> total = p.zcard(key);
                Response<List<Tuple>> slice = limit <= 0 ? null : p.zrevrangeWithScores(key, offset, offset + limit - 1);
                p.sync();
                List<PaymentRecord> items = new ArrayList<>();
                if (slice != null) {
                    for (Tuple t : slice.get()) items.add(parse.apply(t.getElement(), t.getScore()));
                }
                return new Page<>(items, offset, total.get());
            }
        });
    }

    @Override
    public Finances finances() {
        Map<String, String> hash;
        try {
            hash = redis.call("HGETALL " + keys.finances(), () -> redis.client().hgetAll(keys.finances()));
        } catch (LedgerException e) {
            if (!(e.getCause() instanceof redis.clients.jedis.exceptions.JedisDataException)) throw e;
            // Another Redis type under finances: nothing of it can be read; flagged, never thrown.
            return RowParser.finances(Map.of(), new Problem(RowFlag.WRONG_TYPE, keys.finances() + " is not a hash"));
        }
        return hash.isEmpty()
                ? RowParser.finances(hash, new Problem(RowFlag.MISSING, keys.finances() + " is missing"))
                : RowParser.finances(hash);
    }

    @Override
    public PoolHistory history(long from, long to) {
        return redis.call("finances history " + from + ".." + to, () -> new PoolHistoryReader(redis, keys).read(from, to));
    }

    @Override
    public void journalNonce(String login, long amount, long nonce) {
        String member = PoolKeys.pendingMember(login, amount);
        redis.run("HSET " + keys.pendingNonce(), () -> redis.client().hset(keys.pendingNonce(), member, Long.toString(nonce)));
    }

    @Override
    public int journalNonceReplicated(String login, long amount, long nonce, int replicas, java.time.Duration timeout) {
        String member = PoolKeys.pendingMember(login, amount);
        return redis.call("HSET " + keys.pendingNonce() + " and WAIT " + replicas, () -> {
            try (Jedis j = redis.dedicated()) {
                j.hset(keys.pendingNonce(), member, Long.toString(nonce));
                return (int) j.waitReplicas(replicas, Math.max(1, timeout.toMillis()));
            }
        });
    }

    @Override
    public void journalTx(String login, long amount, String txHash) {
        String member = PoolKeys.pendingMember(login, amount);
        redis.run("HSET " + keys.pendingTx(), () -> redis.client().hset(keys.pendingTx(), member, txHash));
    }

    @Override
    public JournalEntry journal(String member) {
        return redis.call("HGET journal " + member, () -> {
            try (AbstractPipeline p = redis.pipeline()) {
                Response<String> nonce = p.hget(keys.pendingNonce(), member);
                Response<String> tx = p.hget(keys.pendingTx(), member);
                p.sync();
                List<Problem> problems = new ArrayList<>();
                OptionalLong n = OptionalLong.empty();
                if (nonce.get() != null) {
                    int before = problems.size();
                    long v = FieldCheck.number(keys.pendingNonce() + " " + member, nonce.get(), problems);
                    if (problems.size() == before && v < 0) {
                        problems.add(new Problem(RowFlag.NEGATIVE, "journal nonce is negative: " + v));
                    }
                    if (problems.size() == before) n = OptionalLong.of(v);
                }
                if (tx.get() != null) FieldCheck.txHash(tx.get(), problems);
                return new JournalEntry(member, n, tx.get(), problems);
            }
        });
    }

    @Override
    public void creditBack(String login, String txHash, long amount) {
        requirePositive(amount);
        transaction("CreditBack " + txHash + ":" + login + ":" + amount, tx -> {
            tx.hincrBy(keys.miner(login), "paid", -amount);
            tx.hincrBy(keys.miner(login), "balance", amount);
            tx.hincrBy(keys.finances(), "paid", -amount);
            tx.hincrBy(keys.finances(), "balance", amount);
            tx.zrem(keys.allPayments(), PoolKeys.paymentMember(txHash, login, amount));
            tx.zrem(keys.payments(login), PoolKeys.loginPaymentMember(txHash, amount));
        });
    }

    @Override
    public String appendAudit(Map<String, String> fields) {
        return redis.call("XADD " + keys.audit(), () -> redis.client()
                .xadd(keys.audit(), XAddParams.xAddParams(), fields).toString());
    }

    @Override
    public List<Map<String, String>> auditTrail(int count) {
        return redis.call("XREVRANGE " + keys.audit(), () -> redis.client()
                .xrevrange(keys.audit(), "+", "-", count).stream().map(e -> {
                    Map<String, String> m = new java.util.LinkedHashMap<>();
                    m.put("id", e.getID().toString());
                    m.putAll(e.getFields());
                    return m;
                }).toList());
    }

    @Override
    public void bgsave() {
        redis.run("BGSAVE", () -> redis.client().sendCommand(Protocol.Command.BGSAVE));
    }

    @Override
    public AuditReport audit() {
        return new LedgerAuditor(redis, keys, tables, census).audit();
    }

    @Override
    public void close() {
        redis.close();
    }

    private interface Queue {
        void on(AbstractTransaction tx);
    }

    private void transaction(String operation, Queue commands) {
        redis.run(operation, () -> {
            try (AbstractTransaction tx = redis.client().multi()) {
                commands.on(tx);
                checkReplies(operation, tx.exec());
            }
        });
    }

    /** Redis runs the rest of a MULTI when one command fails (e.g. HINCRBY on a non-number): say which. */
    private void checkReplies(String operation, List<Object> replies) {
        if (replies == null) throw new LedgerException("Redis at " + redis.display() + ": " + operation + " was aborted");
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i) instanceof Exception e) {
                throw new LedgerException("Redis at " + redis.display() + ": " + operation + ": command " + (i + 1)
                        + " of the MULTI failed, the others ran (as in the Go pool): " + e.getMessage(), e);
            }
        }
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) throw new IllegalArgumentException("amount must be positive, got " + amount);
    }

    private static void discardQuietly(Transaction tx) {
        try {
            tx.discard();
        } catch (RuntimeException ignored) {
            // the connection is broken; the pool drops it
        }
    }

    private static void unwatchQuietly(Jedis j) {
        try {
            j.unwatch();
        } catch (RuntimeException ignored) {
            // the connection is broken; the pool drops it
        }
    }
}
