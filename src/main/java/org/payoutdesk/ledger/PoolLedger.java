package org.payoutdesk.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The pool's Redis ledger: every operation of SCHEMA.md with the same keys, member formats and
 * MULTI/EXEC grouping as the Go pool. Thread-safe. Amounts in Shannon.
 *
 * <p>Implemented by {@link RedisPoolLedger}.
 */
public interface PoolLedger extends AutoCloseable {
    String coin();

    String endpointDisplay();

    /** The master in use and how we reach it (TLS, Sentinel, ACL user); no round trip. */
    RedisLink link();

    /**
     * Replicas the master has (ROLE), for WAIT before a transaction leaves: the most it has had while we
     * talked to it, so a replica whose link is down is still waited for. Throws LedgerException when the
     * server we reach is not a master.
     */
    int replicas();

    /** PING round trip in microseconds (for the status bar). */
    long pingMicros();

    /** GetPayees: logins of every {@code miners:*} hash (SCAN, de-duplicated). */
    List<String> payees();

    /** The whole payee table in one SCAN pass plus pipelined HGETALLs (miners and settings). */
    PayeeTable payeeTable();

    /** The pool's way, for the benchmark: SCAN then one HGET balance round trip per payee. */
    PayeeTable payeeTablePerPayee();

    /** One miner's row (HGETALL miners + settings); empty when the hash does not exist. */
    Optional<PayeeRow> payee(String login);

    /** GetBalance: HGET miners:login balance; missing reads 0. Throws LedgerException for a malformed value. */
    long balance(String login);

    /** LockPayouts: SETNX payments:lock login:amount; false when it was already set. */
    boolean lock(String login, long amount);

    /** UnlockPayouts: DEL payments:lock. */
    void unlock();

    boolean isLocked();

    /** The lock's raw value, when set. */
    Optional<String> lockValue();

    /** Guarded UpdateBalance: WATCH miners:login, refuse when balance < amount, else the pool's MULTI. */
    DebitResult debit(String login, long amount);

    /**
     * LockPayouts and the guarded debit as two steps of one payment, so a caller can act between them
     * (the payout engine's step hook): {@link LockedDebit#locked()} is SETNX's answer, known before
     * {@link LockedDebit#debit()} may run. The default is {@link #lock} now and {@link #debit} later;
     * {@link RedisPoolLedger} sends SETNX together with the debit's WATCH and reads (one round trip).
     * Close it (the debit or not) to release what it holds.
     */
    default LockedDebit lockForDebit(String login, long amount) {
        boolean locked = lock(login, amount);
        return new LockedDebit() {
            @Override public boolean locked() { return locked; }

            @Override public DebitResult debit() {
                if (!locked) throw new IllegalStateException("not locked: no debit");
                return PoolLedger.this.debit(login, amount);
            }

            @Override public void close() { }
        };
    }

    /** The lock taken (or refused) for one payment, and its guarded debit still to run. */
    interface LockedDebit extends AutoCloseable {
        /** SETNX payments:lock login:amount said yes. */
        boolean locked();

        /** The guarded debit (as {@link PoolLedger#debit}); only when {@link #locked()}, at most once. */
        DebitResult debit();

        @Override
        void close();
    }

    /** RollbackBalance: the reverse of the debit, ZREM the pending member, HDEL both journal fields. */
    void rollback(String login, long amount);

    /** WritePayment MULTI (+ HDEL of both journal fields). */
    void writePayment(String login, String txHash, long amount);

    /**
     * open-etc-pool-friends' WritePayment with {@code keepNwFees}: the same moves plus
     * {@code HINCRBY finances txcharges}, members {@code txHash:login:amount:txcharges} and
     * {@code txHash:amount:txcharges}; {@code txCharges} in the fork's unit, wei (+ HDEL of both journal fields).
     */
    void writePayment(String login, String txHash, long amount, long txCharges);

    /** The attempts journalled for {@code login:amount} in {@code <coin>:desk:attempts}, oldest first; empty when none. */
    List<TxAttempt> attempts(String member);

    /** Every field of {@code <coin>:desk:attempts}. */
    java.util.Map<String, List<TxAttempt>> allAttempts();

    /** HSET {@code <coin>:desk:attempts} member: the whole list (an attempt added or its hash filled in). */
    void saveAttempts(String member, List<TxAttempt> attempts);

    /**
     * {@link #saveAttempts}, then WAIT on the same connection until {@code replicas} replicas have every
     * write so far (a pending entry recorded just before included) or {@code timeout} passes. Returns how
     * many acknowledged.
     */
    int saveAttemptsReplicated(String member, List<TxAttempt> attempts, int replicas, java.time.Duration timeout);

    /** HDEL {@code <coin>:desk:attempts} member. */
    void clearAttempts(String member);

    /**
     * A recorded payment's members rewritten from {@code recordedHash} to {@code minedHash} in one MULTI on
     * payments:all and payments:&lt;login&gt;, each at its own score, with the HDEL of its attempts; a
     * {@code :txcharges} suffix is kept. Throws LedgerException when the recorded members are not there.
     */
    void rewritePayment(String login, long amount, String recordedHash, String minedHash);

    /**
     * A recorded payment whose cancel was mined (the money never left): {@link #creditBack}'s moves on the
     * members as recorded (with or without {@code :txcharges}, whose charge is taken off finances.txcharges)
     * and the HDEL of its attempts, in one MULTI, so it happens once.
     */
    void creditBackCancelled(String login, String recordedHash, long amount);

    /** payments:pending, newest first, every member (malformed ones flagged). */
    List<PendingPayment> pendingPayments();

    /** payments:all newest first. */
    Page<PaymentRecord> payments(long offset, int limit);

    /** payments:<login> newest first. */
    Page<PaymentRecord> payments(String login, long offset, int limit);

    Finances finances();

    /**
     * The pool's money over {@code [from, to)} unix seconds: blocks credited in it (credits:all walked back
     * by height in pages, their credits hashes and blocks:matured members in one pipeline) and payments:all
     * by score. Malformed members come back as problems, never in the figures.
     */
    PoolHistory history(long from, long to);

    /** HSET payments:pendingnonce login:amount nonce. */
    void journalNonce(String login, long amount, long nonce);

    /**
     * {@link #journalNonce}, then WAIT on the same connection until {@code replicas} replicas have
     * every write so far (the debit included) or {@code timeout} passes. Returns how many acknowledged.
     */
    int journalNonceReplicated(String login, long amount, long nonce, int replicas, java.time.Duration timeout);

    /** HSET payments:pendingtx login:amount hash. */
    void journalTx(String login, long amount, String txHash);

    /** Both journal fields for a pending member. */
    JournalEntry journal(String member);

    /**
     * Credit-back of a recorded payment whose transaction reverted, in one MULTI: the exact reverse
     * of WritePayment's money moves (paid -a, balance +a on the miner and finances) and ZREM of both
     * history members. The miner is owed the amount again and the next batch pays it.
     */
    void creditBack(String login, String txHash, long amount);

    /** XADD {@code <coin>:desk:audit}: one operator action, as field/value pairs. Returns the entry id. */
    String appendAudit(java.util.Map<String, String> fields);

    /** The newest {@code count} audit entries, newest first (id under the field "id"). */
    List<java.util.Map<String, String>> auditTrail(int count);

    /** BGSAVE. */
    void bgsave();

    /**
     * The pool-wide keys a payment reads or writes (finances, payments:pending, :lock, :all, the journal) that have
     * the wrong Redis type, and finances when it is missing. One pipelined round trip.
     */
    List<KeyProblem> poolKeyProblems();

    /** {@code payments:<login>} of these logins that hold another type than a sorted set (pipelined TYPE). */
    List<KeyProblem> loginKeyProblems(java.util.Collection<String> logins);

    /** Every key under miners:*, settings:*, payments:* (and finances) of the wrong type or missing: each one. */
    List<KeyProblem> keyProblems();

    /** The invariants listed at the end of SCHEMA.md's key section. */
    AuditReport audit();

    @Override
    void close();
}
