package org.payoutdesk.chain;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.ClientConnectionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * {@link EthNode} over HTTP JSON-RPC with web3j. Every call has the given timeout. Reads share
 * pooled connections and may be retried by OkHttp (they are idempotent). Sends are never retried: a
 * silently repeated {@code eth_sendTransaction} could pay twice. They keep one connection of their own
 * for at most {@link #SEND_KEEP_ALIVE} between two sends: a batch sends about every millisecond, and a
 * new TCP connection per send cost 0.3 ms more per send on anvil (a third of a payment).
 *
 * <p>The price of keeping it: a node that died since the last send (less than 2 s ago) is found on the
 * kept connection, so the send fails as "dropped the connection" (TIMEOUT: whether it went out is
 * unknown) rather than "unreachable" (certainly not sent). Nothing is retried either way, and the payout
 * engine treats both alike (halt, the payment stays pending with its nonce journal, reconciliation
 * decides by that nonce), so no payment can go out twice; only the halt message is less certain. A send
 * after 2 s idle (the first of a batch, a speed-up, a cancel) gets a fresh connection and the exact answer.
 */
public final class Web3EthNode implements EthNode {
    /**
     * Blocks fetched per JSON-RPC batch during a transfer scan. Kept small: a mainnet block with its
     * transactions is 100-300 kB of JSON, and nodes cap a batch's answer (geth: 25 MB).
     */
    public static final int SCAN_BATCH = 25;
    /** Batches requested at once during a scan: the node works on the next while we read one. */
    public static final int SCAN_IN_FLIGHT = 4;
    /** How often a scan waiting for an answer looks at its stop flag. */
    private static final long STOP_POLL_MILLIS = 50;
    /** The widest scan one call may ask for, so a mistake cannot walk the whole chain. */
    public static final long MAX_SCAN_BLOCKS = 500_000;
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Tip used when the node lacks eth_maxPriorityFeePerGas and its gas price is not above the base fee. */
    private static final BigInteger FALLBACK_TIP = BigInteger.valueOf(1_000_000_000L);
    /** How long the send connection may stay idle and still be reused by the next send. */
    static final Duration SEND_KEEP_ALIVE = Duration.ofSeconds(2);

    private static final tools.jackson.databind.ObjectMapper JSON = org.web3j.protocol.ObjectMapperFactory.getObjectMapper();
    private static final okhttp3.MediaType JSON_TYPE = okhttp3.MediaType.get("application/json; charset=utf-8");

    private final String url;
    private final Duration timeout;
    private final OkHttpClient http;
    private final OkHttpClient sendHttp;
    private final HttpService service;
    private final HttpService sendService;
    private final Web3j web3;
    private final Web3j sendWeb3;
    private final int scanBatch;
    private final int scanInFlight;
    private volatile Long chainId;
    private volatile boolean batchesWork = true;

    private Web3EthNode(String url, Duration timeout, int scanBatch, int scanInFlight) {
        this.url = url;
        this.timeout = timeout;
        this.scanBatch = scanBatch;
        this.scanInFlight = scanInFlight;
        Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(true)
                .build();
        this.sendHttp = http.newBuilder()
                .connectionPool(new ConnectionPool(1, SEND_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
                .retryOnConnectionFailure(false)
                .build();
        this.service = new HttpService(url, http, false);
        this.web3 = Web3j.build(service);
        this.sendService = new HttpService(url, sendHttp, false);
        this.sendWeb3 = Web3j.build(sendService);
    }

    /** A client for the node at {@code url} (e.g. the pool's {@code payouts.daemon}); connects lazily. */
    public static Web3EthNode connect(String url, Duration timeout) {
        return connect(url, timeout, SCAN_BATCH, SCAN_IN_FLIGHT);
    }

    /**
     * The same with the shape of a transfer scan: {@code blocksPerBatch} blocks per JSON-RPC batch,
     * {@code batchesInFlight} batches requested at once (1 = one after the other).
     */
    public static Web3EthNode connect(String url, Duration timeout, int blocksPerBatch, int batchesInFlight) {
        if (blocksPerBatch < 1 || batchesInFlight < 1) {
            throw new IllegalArgumentException("scan shape must be at least 1 block x 1 batch: " + blocksPerBatch
                    + " x " + batchesInFlight);
        }
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("node URL must start with http:// or https://: " + url);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("node timeout must be positive: " + timeout);
        }
        return new Web3EthNode(url, timeout, blocksPerBatch, batchesInFlight);
    }

    @Override
    public String endpoint() { return url; }

    public Duration timeout() { return timeout; }

    @Override
    public long chainId() {
        Long cached = chainId;
        if (cached != null) return cached;
        long id = call(web3.ethChainId()).getChainId().longValueExact();
        chainId = id;
        return id;
    }

    @Override
    public long blockNumber() {
        return call(web3.ethBlockNumber()).getBlockNumber().longValueExact();
    }

    @Override
    public boolean syncing() {
        return call(web3.ethSyncing()).isSyncing();
    }

    @Override
    public PeerCount peerCount() {
        try {
            return PeerCount.of(call(web3.netPeerCount()).getQuantity().longValueExact());
        } catch (ChainException e) {
            if (e.methodNotFound()) return PeerCount.unknown();
            throw e;
        }
    }

    @Override
    public BigInteger balance(String address) {
        String a = Addresses.normalise(address, "address");
        return call(web3.ethGetBalance(a, DefaultBlockParameterName.LATEST)).getBalance();
    }

    @Override
    public long nonce(String address, BlockTag tag) {
        String a = Addresses.normalise(address, "address");
        DefaultBlockParameter p = tag == BlockTag.PENDING ? DefaultBlockParameterName.PENDING
                : DefaultBlockParameterName.LATEST;
        return call(web3.ethGetTransactionCount(a, p)).getTransactionCount().longValueExact();
    }

    /**
     * {@code eth_blockNumber} and {@code eth_getTransactionCount(address, "pending")} in one JSON-RPC batch
     * (one round trip), written and read here without web3j's request objects: a batch asks it before every
     * payment, and web3j's way cost twice the round trip. A node that refuses batches gets the two calls.
     */
    @Override
    public NonceAndHead nonceAndHead(String address) {
        String a = Addresses.normalise(address, "address");
        if (batchesWork) {
            String method = "eth_blockNumber+eth_getTransactionCount (batch)";
            String body = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]},"
                    + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getTransactionCount\",\"params\":[\"" + a
                    + "\",\"pending\"]}]";
            okhttp3.Request request = new okhttp3.Request.Builder().url(url)
                    .post(okhttp3.RequestBody.create(body, JSON_TYPE)).build();
            String answer = null;
            try (okhttp3.Response response = http.newCall(request).execute()) {
                okhttp3.ResponseBody b = response.body();
                if (response.isSuccessful() && b != null) answer = b.string();
            } catch (IOException e) {
                throw ioFailure(method, e);
            }
            long head = -1;
            long nonce = -1;
            try {
                tools.jackson.databind.JsonNode tree = answer == null ? null : JSON.readTree(answer);
                if (tree != null && tree.isArray()) {
                    for (tools.jackson.databind.JsonNode n : tree) {
                        tools.jackson.databind.JsonNode error = n.get("error");
                        int id = n.path("id").asInt(-1);
                        String name = id == 1 ? "eth_blockNumber" : "eth_getTransactionCount";
                        if (error != null && !error.isNull()) {
                            throw rejected(name, new Response.Error(error.path("code").asInt(), error.path("message").asString("")));
                        }
                        long v = Numeric.decodeQuantity(n.path("result").asString()).longValueExact();
                        if (id == 1) head = v;
                        else if (id == 2) nonce = v;
                    }
                }
            } catch (ChainException e) {
                throw e;
            } catch (RuntimeException e) {
                head = -1; // an answer that is not the two results: ask them one by one from now on
            }
            if (head >= 0 && nonce >= 0) return new NonceAndHead(nonce, head);
            batchesWork = false;
        }
        return EthNode.super.nonceAndHead(a);
    }

    @Override
    public BigInteger gasPrice() {
        return call(web3.ethGasPrice()).getGasPrice();
    }

    @Override
    public FeeSuggestion feeSuggestion() {
        EthBlock.Block latest = block(DefaultBlockParameterName.LATEST, false)
                .orElseThrow(() -> badResponse("eth_getBlockByNumber", "the node has no latest block"));
        if (latest.getBaseFeePerGasRaw() == null) {
            throw new ChainException(ChainFailure.REJECTED, "eth_getBlockByNumber", null, "node " + url
                    + " reports no base fee: this chain has no EIP-1559, use a legacy gas price", null);
        }
        BigInteger base = latest.getBaseFeePerGas();
        try {
            return FeeSuggestion.of(base, call(web3.ethMaxPriorityFeePerGas()).getMaxPriorityFeePerGas(), true);
        } catch (ChainException e) {
            if (e.failure() != ChainFailure.REJECTED) throw e;
            // Older nodes lack eth_maxPriorityFeePerGas: tip = what the legacy price pays above the base fee.
            BigInteger tip = gasPrice().subtract(base);
            return FeeSuggestion.of(base, tip.signum() > 0 ? tip : FALLBACK_TIP, false);
        }
    }

    @Override
    public Optional<Receipt> receipt(String txHash) {
        String h = Addresses.hash(txHash);
        Optional<TransactionReceipt> r = call(web3.ethGetTransactionReceipt(h)).getTransactionReceipt();
        if (r.isEmpty() || r.get().getBlockNumberRaw() == null) return Optional.empty();
        TransactionReceipt t = r.get();
        Receipt.Status status = t.getStatus() == null ? Receipt.Status.UNKNOWN
                : Numeric.decodeQuantity(t.getStatus()).signum() == 1 ? Receipt.Status.SUCCESS : Receipt.Status.FAILED;
        Optional<BigInteger> price = Optional.ofNullable(t.getEffectiveGasPrice()).map(Numeric::decodeQuantity);
        return Optional.of(new Receipt(Addresses.lower(t.getTransactionHash()), t.getBlockNumber().longValueExact(),
                status, Addresses.lower(t.getFrom()), Optional.ofNullable(Addresses.lower(t.getTo())),
                t.getGasUsed(), price));
    }

    @Override
    public Optional<ChainTx> transaction(String txHash) {
        String h = Addresses.hash(txHash);
        return call(web3.ethGetTransactionByHash(h)).getTransaction().map(Web3EthNode::toChainTx);
    }

    @Override
    public Optional<Fees> transactionFees(String txHash) {
        String h = Addresses.hash(txHash);
        return call(web3.ethGetTransactionByHash(h)).getTransaction().map(tx -> {
            boolean dynamic = tx.getMaxFeePerGasRaw() != null && tx.getMaxPriorityFeePerGasRaw() != null;
            return dynamic ? Fees.eip1559(tx.getMaxFeePerGas(), tx.getMaxPriorityFeePerGas(), tx.getGas())
                    : Fees.legacy(tx.getGasPrice(), tx.getGas());
        });
    }

    /**
     * {@code txpool_contentFrom} (geth: this address only), else {@code txpool_content} (geth, anvil: the
     * whole mempool, filtered here), else the pending block filtered by sender. A method the node refuses
     * or answers badly moves on to the next one; a timeout or a dead node throws at once.
     */
    @Override
    public MempoolListing mempool(String from) {
        String a = Addresses.normalise(from, "address");
        try {
            Map<String, Map<String, Transaction>> byState = call(new Request<>("txpool_contentFrom", List.of(a),
                    service, TxPoolContentFrom.class)).getResult();
            if (byState == null) throw badResponse("txpool_contentFrom", "null result");
            return listing(a, byState.values().stream().flatMap(byNonce -> byNonce.values().stream()).toList(),
                    "txpool_contentFrom");
        } catch (ChainException e) {
            if (!otherListingMayWork(e)) throw e;
        }
        try {
            Map<String, Map<String, Map<String, Transaction>>> content = call(new Request<>("txpool_content", List.of(),
                    service, TxPoolContent.class)).getResult();
            if (content == null) throw badResponse("txpool_content", "null result");
            return listing(a, content.values().stream().flatMap(bySender -> bySender.values().stream())
                    .flatMap(byNonce -> byNonce.values().stream()).toList(), "txpool_content");
        } catch (ChainException e) {
            if (!otherListingMayWork(e)) throw e;
        }
        EthBlock.Block pending = block(DefaultBlockParameterName.PENDING, true)
                .orElseThrow(() -> badResponse("eth_getBlockByNumber", "the node has no pending block"));
        List<Transaction> txs = new ArrayList<>();
        for (EthBlock.TransactionResult<?> r : pending.getTransactions()) {
            if (r.get() instanceof Transaction tx) txs.add(tx);
        }
        return listing(a, txs, "eth_getBlockByNumber(pending)");
    }

    /** The node refused the method or answered it badly: another way of listing may still work. */
    private static boolean otherListingMayWork(ChainException e) {
        return e.failure() == ChainFailure.REJECTED || e.failure() == ChainFailure.BAD_RESPONSE;
    }

    /** The transactions sent by {@code from}, by their own {@code from} field, as not mined. */
    private MempoolListing listing(String from, List<Transaction> txs, String source) {
        List<ChainTx> out = new ArrayList<>();
        try {
            for (Transaction tx : txs) {
                if (tx == null || !from.equals(Addresses.lower(tx.getFrom()))) continue;
                if (tx.getHash() == null) throw new IllegalArgumentException("a transaction without a hash");
                out.add(new ChainTx(Addresses.lower(tx.getHash()), from, Optional.ofNullable(Addresses.lower(tx.getTo())),
                        tx.getValue(), tx.getNonce().longValueExact(), OptionalLong.empty(), isEmptyInput(tx.getInput())));
            }
        } catch (RuntimeException e) {
            throw badResponse(source, "unreadable transaction: " + shorten(String.valueOf(e.getMessage())));
        }
        return new MempoolListing(out, source);
    }

    @Override
    public long blockTimestamp(long blockNumber) {
        return block(DefaultBlockParameter.valueOf(BigInteger.valueOf(blockNumber)), false)
                .orElseThrow(() -> new IllegalArgumentException("block " + blockNumber + " does not exist yet"))
                .getTimestamp().longValueExact();
    }

    @Override
    public OptionalLong firstBlockAtOrAfter(long unixSeconds) {
        long head = blockNumber();
        if (blockTimestamp(head) < unixSeconds) return OptionalLong.empty();
        long lo = 0;
        long hi = head;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (blockTimestamp(mid) >= unixSeconds) hi = mid;
            else lo = mid + 1;
        }
        return OptionalLong.of(lo);
    }

    @Override
    public TransferScan findTransfers(String from, String to, BigInteger valueWei, long fromBlock, long toBlock,
                                      ScanProgress progress) {
        String f = Addresses.normalise(from, "from");
        String t = Addresses.normalise(to, "to");
        if (valueWei == null || valueWei.signum() < 0) throw new IllegalArgumentException("value must be >= 0 wei");
        checkRange(fromBlock, toBlock);
        return scanBlocks(tx -> f.equals(Addresses.lower(tx.getFrom())) && t.equals(Addresses.lower(tx.getTo()))
                && valueWei.equals(tx.getValue()) && isEmptyInput(tx.getInput()), fromBlock, toBlock, progress);
    }

    @Override
    public TransferScan sentFrom(String from, long fromBlock, long toBlock, ScanProgress progress) {
        String f = Addresses.normalise(from, "from");
        checkRange(fromBlock, toBlock);
        return scanBlocks(tx -> f.equals(Addresses.lower(tx.getFrom())), fromBlock, toBlock, progress);
    }

    private void checkRange(long fromBlock, long toBlock) {
        if (fromBlock < 0 || toBlock < fromBlock) {
            throw new IllegalArgumentException("bad block range " + fromBlock + ".." + toBlock);
        }
        if (toBlock - fromBlock + 1 > MAX_SCAN_BLOCKS) {
            throw new IllegalArgumentException("block range " + fromBlock + ".." + toBlock + " is wider than "
                    + MAX_SCAN_BLOCKS + " blocks; scan it in parts");
        }
    }

    /** The blocks fromBlock..toBlock (up to the head) in batches, keeping the transactions {@code match} takes. */
    private TransferScan scanBlocks(java.util.function.Predicate<Transaction> match, long fromBlock, long toBlock,
                                    ScanProgress progress) {
        long last = Math.min(toBlock, blockNumber());
        List<ChainTx> found = new ArrayList<>();
        if (last < fromBlock) {
            return new TransferScan(found, fromBlock, last, fromBlock - 1, TransferScan.Stop.COMPLETE, null);
        }
        progress.started(fromBlock, last);
        long total = last - fromBlock + 1;
        long scannedTo = fromBlock - 1;
        long next = fromBlock;
        // Up to scanInFlight batches requested at once, read strictly in block order, so the blocks
        // reported scanned are always one run from the start of the range.
        ArrayDeque<BatchInFlight> window = new ArrayDeque<>();
        ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
        try {
            while (scannedTo < last) {
                while (window.size() < scanInFlight && next <= last && !stopAsked(progress)) {
                    long s = next;
                    long e = Math.min(last, s + scanBatch - 1);
                    window.add(new BatchInFlight(e, requests.submit(() -> blocks(s, e))));
                    next = e + 1;
                }
                if (stopAsked(progress)) {
                    return new TransferScan(found, fromBlock, last, scannedTo, TransferScan.Stop.CANCELLED, null);
                }
                BatchInFlight batch = window.peek();
                List<EthBlock.Block> blocks;
                try {
                    blocks = awaitBatch(batch.answer(), progress);
                } catch (ChainException e) {
                    return new TransferScan(found, fromBlock, last, scannedTo, TransferScan.Stop.NODE_FAILED, e);
                }
                if (blocks == null) {
                    return new TransferScan(found, fromBlock, last, scannedTo, TransferScan.Stop.CANCELLED, null);
                }
                window.poll();
                for (EthBlock.Block block : blocks) {
                    for (EthBlock.TransactionResult<?> r : block.getTransactions()) {
                        if (!(r.get() instanceof Transaction tx)) continue;
                        if (match.test(tx)) {
                            found.add(toChainTx(tx));
                        }
                    }
                }
                scannedTo = batch.lastBlock();
                progress.scanned(scannedTo - fromBlock + 1, total, scannedTo);
            }
            return new TransferScan(found, fromBlock, last, scannedTo, TransferScan.Stop.COMPLETE, null);
        } finally {
            for (BatchInFlight b : window) b.answer().cancel(true);
            requests.shutdownNow();
        }
    }

    /** {@code txpool_contentFrom}: {"pending"|"queued": {nonce: tx}}. */
    static final class TxPoolContentFrom extends Response<Map<String, Map<String, Transaction>>> { }

    /** {@code txpool_content}: {"pending"|"queued": {sender: {nonce: tx}}}. */
    static final class TxPoolContent extends Response<Map<String, Map<String, Map<String, Transaction>>>> { }

    /** A batch of blocks requested and not read yet; {@code lastBlock} is its last block number. */
    private record BatchInFlight(long lastBlock, Future<List<EthBlock.Block>> answer) { }

    private static boolean stopAsked(ScanProgress progress) {
        return progress.cancelled() || Thread.currentThread().isInterrupted();
    }

    /** The batch's blocks, or null when a stop was asked while waiting; a failed request throws ChainException. */
    private List<EthBlock.Block> awaitBatch(Future<List<EthBlock.Block>> answer, ScanProgress progress) {
        while (true) {
            if (stopAsked(progress)) return null;
            try {
                return answer.get(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                // look at the stop flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ChainException c) throw c;
                throw badResponse("eth_getBlockByNumber", "unreadable answer: " + shorten(String.valueOf(e.getCause())));
            }
        }
    }

    @Override
    public void close() {
        web3.shutdown();
        sendWeb3.shutdown();
        for (OkHttpClient c : List.of(http, sendHttp)) {
            c.dispatcher().executorService().shutdown();
            c.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() { return "Web3EthNode[" + url + "]"; }

    // --- used by the signers in this package ---

    /** {@code eth_sendTransaction} with the given fields (hex strings); returns the hash. */
    String sendTransaction(Map<String, String> fields) {
        return call(new Request<>("eth_sendTransaction", List.of(fields), sendService, EthSendTransaction.class))
                .getTransactionHash();
    }

    /** {@code eth_sendRawTransaction}; returns the hash the node reports. */
    String sendRawTransaction(String rawHex) {
        return call(sendWeb3.ethSendRawTransaction(rawHex)).getTransactionHash();
    }

    /** {@code eth_sign(address, dataHex)}: the signature as the node returns it. */
    String sign(String address, String dataHex) {
        return call(web3.ethSign(address, dataHex)).getSignature();
    }

    // --- internals ---

    /** Full blocks start..end, via one JSON-RPC batch when the node accepts batches, else one call per block. */
    private List<EthBlock.Block> blocks(long start, long end) {
        if (batchesWork) {
            try {
                BatchRequest batch = web3.newBatch();
                for (long n = start; n <= end; n++) {
                    batch.add(web3.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(n)), true));
                }
                BatchResponse answer = sendBatch(batch, "eth_getBlockByNumber (batch)");
                List<EthBlock.Block> out = new ArrayList<>();
                for (Response<?> r : answer.getResponses()) {
                    if (r.hasError()) throw rejected("eth_getBlockByNumber", r.getError());
                    EthBlock.Block b = ((EthBlock) r).getBlock();
                    if (b != null) out.add(b);
                }
                if (answer.getResponses().size() == end - start + 1) return out;
                batchesWork = false;
            } catch (ChainException e) {
                if (e.failure() != ChainFailure.BAD_RESPONSE) throw e;
                batchesWork = false;
            }
        }
        List<EthBlock.Block> out = new ArrayList<>();
        for (long n = start; n <= end; n++) {
            block(DefaultBlockParameter.valueOf(BigInteger.valueOf(n)), true).ifPresent(out::add);
        }
        return out;
    }

    private BatchResponse sendBatch(BatchRequest batch, String what) {
        try {
            return batch.send();
        } catch (IOException e) {
            throw ioFailure(what, e);
        } catch (RuntimeException e) {
            throw badResponse(what, String.valueOf(e.getMessage()));
        }
    }

    private Optional<EthBlock.Block> block(DefaultBlockParameter which, boolean fullTransactions) {
        return Optional.ofNullable(call(web3.ethGetBlockByNumber(which, fullTransactions)).getBlock());
    }

    private static ChainTx toChainTx(Transaction tx) {
        OptionalLong block = tx.getBlockNumberRaw() == null ? OptionalLong.empty()
                : OptionalLong.of(Numeric.decodeQuantity(tx.getBlockNumberRaw()).longValueExact());
        return new ChainTx(Addresses.lower(tx.getHash()), Addresses.lower(tx.getFrom()),
                Optional.ofNullable(Addresses.lower(tx.getTo())), tx.getValue(),
                tx.getNonce().longValueExact(), block, isEmptyInput(tx.getInput()));
    }

    private static boolean isEmptyInput(String input) {
        return input == null || input.isEmpty() || input.equals("0x");
    }

    private <T extends Response<?>> T call(Request<?, T> request) {
        String method = request.getMethod();
        T response;
        try {
            response = request.send();
        } catch (IOException e) {
            throw ioFailure(method, e);
        } catch (ClientConnectionException e) {
            throw badResponse(method, shorten(e.getMessage()));
        } catch (RuntimeException e) {
            throw badResponse(method, "unreadable answer: " + shorten(e.getMessage()));
        }
        if (response == null) throw badResponse(method, "empty answer");
        if (response.hasError()) throw rejected(method, response.getError());
        return response;
    }

    private ChainException ioFailure(String method, IOException e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || (e instanceof SocketTimeoutException && String.valueOf(e.getMessage())
                        .toLowerCase(Locale.ROOT).contains("connect"))) {
            return new ChainException(ChainFailure.UNREACHABLE, method, null, "node " + url + " is unreachable ("
                    + method + "): " + e.getMessage(), e);
        }
        String what = e instanceof InterruptedIOException
                ? "did not answer " + method + " within " + timeout.toMillis() + " ms"
                : "dropped the connection during " + method + " (" + e.getMessage() + ")";
        return new ChainException(ChainFailure.TIMEOUT, method, null, "node " + url + " " + what
                + "; whether the node acted on it is unknown", e);
    }

    private ChainException rejected(String method, Response.Error error) {
        return new ChainException(ChainFailure.REJECTED, method, error.getCode(), "node " + url + " rejected "
                + method + ": " + error.getMessage() + " (error " + error.getCode() + ")", null);
    }

    private ChainException badResponse(String method, String detail) {
        return new ChainException(ChainFailure.BAD_RESPONSE, method, null, "node " + url
                + " gave no valid JSON-RPC answer to " + method + ": " + detail, null);
    }

    private static String shorten(String s) {
        if (s == null) return "(no detail)";
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
