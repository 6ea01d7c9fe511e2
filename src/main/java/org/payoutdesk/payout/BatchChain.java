package org.payoutdesk.payout;

import java.math.BigInteger;
import org.payoutdesk.chain.EthNode;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.chain.NonceAndHead;

/**
 * What one batch reads from the node, read once and then kept: the wallet balance (read once, then each
 * payment's most it can cost is taken off), the nonce (read once, then counted here: each payment uses the
 * next one, and journals it before sending), and the fees (read again only when the head block has moved:
 * once per block, not once per payment).
 *
 * <p>Before each later payment's lock it still checks that nobody else is sending from the pool account, but
 * for one round trip instead of three (fees, nonce, and before that the wallet): a JSON-RPC batch of
 * {@code eth_blockNumber} and {@code eth_getTransactionCount(pool, "pending")} ({@link EthNode#nonceAndHead}).
 * A pending nonce above the one this batch counted is another sender's transaction: the batch halts before
 * the lock and the debit, as before. The head block of the same answer says whether the fees must be
 * re-read. The window it leaves is the one the per-payment read always left: a foreign transaction that
 * reaches the node between that read and our send (docs/stuck.md).
 *
 * <p>Not thread-safe: the batch's own thread uses it.
 */
final class BatchChain implements AutoCloseable {
    private final EthNode node;
    private final String address;
    private final FeePolicy policy;
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

    /**
     * The next payment's terms. The first time: the wallet, the pending nonce, the head and the fees, read
     * now. Afterwards: the check (pending nonce and head, one JSON-RPC batch), and the fees again when the
     * head moved. Throws ChainException when the node fails and {@link ForeignSender} when someone else sent from
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
        NonceAndHead now = node.nonceAndHead(address);
        nonceReads++;
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

    /** How many times the fees were read in this batch (once per head block). */
    int feeReads() { return feeReads; }

    /** How many pending-nonce reads the batch made (one per payment: the first, then each check). */
    int nonceReads() { return nonceReads; }

    @Override
    public void close() {
        // nothing held: the node belongs to the desk
    }
}
