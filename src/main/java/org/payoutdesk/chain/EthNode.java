package org.payoutdesk.chain;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The Ethereum node, in plain Java: no web3j type crosses this interface. Every method throws
 * {@link ChainException} when the node cannot be reached or answers with an error. Amounts are wei.
 */
public interface EthNode extends AutoCloseable {
    /** The node's JSON-RPC URL, for messages. */
    String endpoint();

    long chainId();

    long blockNumber();

    boolean syncing();

    /** {@code net_peerCount}, or unknown when the node lacks the method (anvil). */
    PeerCount peerCount();

    /** Balance at the latest block. */
    BigInteger balance(String address);

    /** {@code eth_getTransactionCount}: the next nonce at {@code latest} or including the mempool. */
    long nonce(String address, BlockTag tag);

    BigInteger gasPrice();

    /**
     * The pending nonce of {@code address} and the head block number. The default asks for them one after
     * the other (head first); {@link Web3EthNode} sends both in one JSON-RPC batch, one round trip.
     */
    default NonceAndHead nonceAndHead(String address) {
        long head = blockNumber();
        return new NonceAndHead(nonce(address, BlockTag.PENDING), head);
    }

    /** Base fee of the latest block plus a tip; fails with REJECTED on a chain without EIP-1559. */
    FeeSuggestion feeSuggestion();

    /** The receipt, or empty when the transaction is unknown or not mined yet. */
    Optional<Receipt> receipt(String txHash);

    /**
     * Polls {@link #receipt} until the transaction is mined or {@code timeout} passes (then empty).
     * Even an instant-mining dev node answers {@code eth_sendTransaction} before its block exists.
     */
    default Optional<Receipt> awaitReceipt(String txHash, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 50;
        while (true) {
            Optional<Receipt> r = receipt(txHash);
            if (r.isPresent() || System.nanoTime() >= deadline) return r;
            try {
                Thread.sleep(Math.min(pauseMillis, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pauseMillis = Math.min(2_000, pauseMillis * 2);
        }
    }

    /** The transaction (mined or pending), or empty when the node does not know it. */
    Optional<ChainTx> transaction(String txHash);

    /**
     * The gas terms a known transaction was sent with (type 0x2: maxFee and tip; else its gas price), or
     * empty when the node does not know it. A client that cannot tell (this default) answers REJECTED.
     */
    default Optional<Fees> transactionFees(String txHash) {
        throw new ChainException(ChainFailure.REJECTED, "eth_getTransactionByHash", -32601, "node " + endpoint()
                + " cannot report a transaction's fees through this client", null);
    }

    /**
     * The latest block's base fee, or empty on a chain without EIP-1559 (legacy gas price only).
     * The default asks {@link #feeSuggestion()}.
     */
    default Optional<BigInteger> baseFee() {
        try {
            return Optional.of(feeSuggestion().baseFeeWei());
        } catch (ChainException e) {
            if (e.failure() == ChainFailure.REJECTED) return Optional.empty();
            throw e;
        }
    }

    /**
     * The transactions from {@code from} that the node holds but has not mined (pending and queued), for a
     * reconciliation that must know whether one of them is a payment. Throws {@link ChainException} when the
     * node fails or cannot list its mempool; a client without a way to list it (this default) answers
     * REJECTED with "method not found". See {@link MempoolListing} for why a listing may be incomplete.
     */
    default MempoolListing mempool(String from) {
        throw new ChainException(ChainFailure.REJECTED, "txpool_content", -32601, "node " + endpoint()
                + " cannot list its mempool through this client", null);
    }

    /** Unix seconds of a block; throws when the block does not exist yet. */
    long blockTimestamp(long blockNumber);

    /**
     * The first block whose timestamp is at or after {@code unixSeconds} (binary search), or empty
     * when even the latest block is older.
     */
    OptionalLong firstBlockAtOrAfter(long unixSeconds);

    /**
     * Plain value transfers from {@code from} to {@code to} of exactly {@code valueWei}, mined in
     * blocks {@code fromBlock..toBlock} (inclusive; blocks beyond the head are skipped), oldest first.
     * Throws {@link ChainException} when the node fails mid-scan: nothing partial is returned.
     */
    default List<ChainTx> findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock) {
        TransferScan scan = findTransfers(from, to, valueWei, fromBlock, toBlock, ScanProgress.NONE);
        if (scan.failure() != null) throw scan.failure();
        if (!scan.complete()) throw new java.util.concurrent.CancellationException(scan.describe());
        return scan.found();
    }

    /**
     * The same scan, reported to {@code progress} batch by batch and stoppable through it. A node
     * failure mid-way or a stop does not throw: the result says which blocks were searched
     * ({@link TransferScan#complete()} false). Bad arguments throw IllegalArgumentException; a node
     * that cannot even say its head block throws {@link ChainException} (nothing was scanned).
     */
    TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                               ScanProgress progress);

    /**
     * Every transaction from {@code from} mined in {@code fromBlock..toBlock}, whatever its recipient,
     * value or data, oldest first; otherwise as {@link #findTransfers(String, String, BigInteger, long, long, ScanProgress)}.
     * Used to find payments the ledger lost (a Redis failover). A client that cannot scan answers REJECTED.
     */
    default TransferScan sentFrom(String from, long fromBlock, long toBlock, ScanProgress progress) {
        throw new ChainException(ChainFailure.REJECTED, "eth_getBlockByNumber", -32601, "node " + endpoint()
                + " cannot be scanned through this client", null);
    }

    @Override
    void close();
}
