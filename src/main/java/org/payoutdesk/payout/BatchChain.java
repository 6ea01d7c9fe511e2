package org.payoutdesk.payout;

import java.math.BigInteger;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.payoutdesk.chain.ChainException;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.NonceAndHead;

/**
 * What one batch reads from the node, read once and then kept: the wallet balance (read once, then each
 * payment's most it can cost is taken off), the nonce (read once, then counted here: each payment uses the
 * next one, and journals it before sending), and the fees (read again only when the head block has moved:
 * once per block, not once per payment).
 *
 * <p>Before each later payment it still checks that nobody else is sending from the pool account, but for
 * less: one JSON-RPC batch of {@code eth_blockNumber} and {@code eth_getTransactionCount(pool, "pending")}
 * ({@link EthNode#nonceAndHead}, one round trip), asked on a virtual thread ({@link #startCheck}) while the
 * payment's lock and the debit's WATCHed reads go to Redis, and awaited ({@link #next}) before the debit's
 * MULTI. A pending nonce above the one this batch counted is another sender's transaction: the batch
 * releases its lock and halts before the debit, as before. The head block of the same answer says whether
 * the fees must be re-read. The window it leaves is the one the per-payment read always left: a foreign
 * transaction that reaches the node between that read and our send (docs/stuck.md).
 *
 * <p>Used by the batch's own thread only; just the check runs elsewhere.
 */
final class BatchChain implements AutoCloseable {
    private final EthNode node;
    private final String address;
    private final FeePolicy policy;
    private ExecutorService checks;
    private Future<NonceAndHead> check;
    private BigInteger budget;
    private long nextNonce = -1;
    private long head = -1;
    private Fees fees;
    private int feeReads;
    private int nonceReads;

    BatchChain(EthNode node, String address, FeePolicy policy) {
        this.node = node;
        this.address = address;
        this.policy = policy;
    }

    /** The terms of the next payment, its nonce and the wallet left. */
    record Next(Fees fees, long nonce, BigInteger budget) { }

    /** Another sender's transaction moved the pool's pending nonce past the one this batch counted. */
    static final class ForeignSender extends RuntimeException {
        final long pendingNonce;
        final long expected;

        ForeignSender(long pendingNonce, long expected) {
            super("pending nonce " + pendingNonce + ", expected " + expected, null, false, false);
            this.pendingNonce = pendingNonce;
            this.expected = expected;
        }
    }

    /** True once the first payment's reads are done: later payments check in the background. */
    boolean started() {
        return nextNonce >= 0;
    }

    /** Asks the foreign-sender check (pending nonce and head) now, in the background; {@link #next} awaits it. */
    void startCheck() {
        cancelCheck();
        if (checks == null) checks = Executors.newVirtualThreadPerTaskExecutor();
        check = checks.submit(() -> node.nonceAndHead(address));
    }

    /**
     * The next payment's terms. The first time: the wallet, the pending nonce, the head and the fees, read
     * now. Afterwards: the answer of the check (asked now when none was), and the fees again when the head
     * moved. Throws ChainException when the node fails and {@link ForeignSender} when someone else sent from
     * the pool account since our last payment.
     */
    Next next() {
        if (nextNonce < 0) {
            budget = node.balance(address);
            NonceAndHead first = node.nonceAndHead(address);
            nonceReads++;
            fees = policy.current(node);
            feeReads++;
            head = first.headBlock();
            nextNonce = first.pendingNonce();
            return new Next(fees, nextNonce, budget);
        }
        NonceAndHead now = awaitCheck();
        // Below ours: the node has not counted our last transaction yet; ours stays the one to use (as before).
        if (now.pendingNonce() > nextNonce) throw new ForeignSender(now.pendingNonce(), nextNonce);
        if (now.headBlock() != head) {
            fees = policy.current(node);
            feeReads++;
            head = now.headBlock();
        }
        return new Next(fees, nextNonce, budget);
    }

    /** The payment at {@code nonce} was sent and may cost up to {@code cost} wei. */
    void sent(long nonce, BigInteger cost) {
        nextNonce = nonce + 1;
        budget = budget.subtract(cost);
    }

    private NonceAndHead awaitCheck() {
        Future<NonceAndHead> f = check;
        check = null;
        nonceReads++;
        if (f == null) return node.nonceAndHead(address);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new PaymentException("interrupted while checking the pool's pending nonce");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChainException c) throw c;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new PaymentException("checking the pool's pending nonce failed: " + e.getCause());
        }
    }

    private void cancelCheck() {
        if (check != null) check.cancel(true);
        check = null;
    }

    /** How many times the fees were read in this batch (once per head block). */
    int feeReads() { return feeReads; }

    /** How many pending-nonce reads the batch made (one per payment: the first, then each check). */
    int nonceReads() { return nonceReads; }

    @Override
    public void close() {
        cancelCheck();
        if (checks != null) checks.shutdownNow();
    }
}
