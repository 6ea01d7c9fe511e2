package org.payoutdesk.ledger;

import org.payoutdesk.app.shared.Amounts;

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
     * Replicas the master has now (ROLE), for WAIT before a transaction leaves. Throws LedgerException
     * when the server we reach is not a master.
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

    /** RollbackBalance: the reverse of the debit, ZREM the pending member, HDEL both journal fields. */
    void rollback(String login, long amount);

    /** WritePayment MULTI (+ HDEL of both journal fields). */
    void writePayment(String login, String txHash, long amount);

    /** payments:pending, newest first, every member (malformed ones flagged). */
    List<PendingPayment> pendingPayments();

    /** payments:all newest first. */
    Page<PaymentRecord> payments(long offset, int limit);

    /** payments:<login> newest first. */
    Page<PaymentRecord> payments(String login, long offset, int limit);

    Finances finances();

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

    /** The invariants listed at the end of SCHEMA.md's key section. */
    AuditReport audit();

    @Override
    void close();
}
