package org.payoutdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;

/**
 * One real payout engine for the payout and the window tests: the ledger on a real Redis, a real dev
 * chain, a signer and a {@link PaymentDesk}, plus the raw views the tests check it with
 * ({@link GoPoolFixture}: the Go pool's commands; {@link ChainRpc}: the chain from outside) and writers
 * that leave pending entries of each verdict the way the Go pool (or a crash of ours) leaves them.
 * {@link EngineRigs} makes the ones with another signer or another node.
 */
public final class EngineRig implements AutoCloseable {
    public static final String COIN = "eth";
    public static final long THRESHOLD = 500_000_000L;
    /** Anvil's dev account 0, for which the node signs: the pool's wallet in the window tests. */
    public static final String POOL = LocalAnvil.ACCOUNT_0;
    /** Runtime code PUSH1 0 PUSH1 0 REVERT: every call to it fails. */
    public static final String REVERTING_CODE = "0x60006000fd";
    private static final Duration RECEIPT_POLL = Duration.ofMillis(100);
    private static final AtomicInteger SALT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    public enum SignerChoice { NODE, KEYSTORE }

    public final GoPoolFixture pool;
    public final RedisPoolLedger ledger;
    public final Signer signer;
    public final PaymentDesk desk;
    public final ChainRpc rpc;
    public final String poolAddress;
    public final Web3EthNode node;
    private final PayoutSettings settings;

    /** The pool's own way on {@code anvil}: the node signs for dev account 0, legacy fees. */
    public EngineRig(LocalRedis redis, LocalAnvil anvil) {
        this(redis, anvil, false);
    }

    public EngineRig(LocalRedis redis, LocalAnvil anvil, boolean readOnly) {
        this(redis, anvil.rpcUrl(), POOL, readOnly);
    }

    EngineRig(LocalRedis redis, String rpcUrl, String poolAddress, boolean readOnly) {
        Web3EthNode node = connect(rpcUrl);
        this(redis, rpcUrl, node, new NodeAccountSigner(node, poolAddress, true),
                settings(poolAddress, PayoutSettings.FeeMode.LEGACY, readOnly));
    }

    EngineRig(LocalRedis redis, String rpcUrl, Web3EthNode node, Signer signer, PayoutSettings settings) {
        this.pool = new GoPoolFixture(redis, COIN);
        this.ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), COIN);
        this.node = node;
        this.signer = signer;
        this.settings = settings;
        this.poolAddress = settings.poolAddress();
        this.desk = new PaymentDesk(ledger, node, signer, settings, RECEIPT_POLL);
        this.rpc = new ChainRpc(rpcUrl);
    }

    static Web3EthNode connect(String rpcUrl) {
        return Web3EthNode.connect(rpcUrl, Duration.ofSeconds(5));
    }

    static PayoutSettings settings(String poolAddress, PayoutSettings.FeeMode mode, boolean readOnly) {
        return new PayoutSettings(poolAddress, THRESHOLD, 0, true, null, null, mode, null, null,
                false, Duration.ofSeconds(20), 10_000, readOnly, "test");
    }

    /** The same Redis, node and signer behind a fresh desk: what a restart after a crash sees. */
    public PaymentDesk restartedDesk() {
        return new PaymentDesk(ledger, node, signer, settings, RECEIPT_POLL);
    }

    /** Fresh addresses nobody has used on this chain, so a balance on chain is what we paid. */
    public static List<String> logins(int n) {
        int salt = SALT.incrementAndGet();
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(String.format("0x%08x%032x", 0x5a000000 | salt, i));
        return out;
    }

    public static String freshLogin() {
        return logins(1).getFirst();
    }

    public static BigInteger wei(long shannon) {
        return Shannon.toWei(shannon);
    }

    // --- pending entries as the Go pool (or a crash of ours) leaves them ---

    private void debit(String login, long amount) {
        pool.credit(login, 2 * amount);
        pool.lockPayouts(login, amount);
        pool.updateBalance(login, amount, Instant.now().getEpochSecond());
    }

    /** The Go pool debited, sent, and died before WritePayment: a transfer on chain, no journal. */
    public String paid(String login, long amount) {
        debit(login, amount);
        String tx = rpc.transfer(poolAddress, login, wei(amount));
        awaitMempoolEmpty();
        return tx;
    }

    /** The Go pool debited and died before sending. */
    public void notSent(String login, long amount) {
        debit(login, amount);
    }

    /** A journalled hash the node never heard of and no nonce: not enough evidence either way. */
    public void unknown(String login, long amount) {
        debit(login, amount);
        pool.raw.ok("HSET", pool.key("payments", "pendingtx"), login + ":" + amount, "0x" + "3".repeat(64));
    }

    /** Sent and journalled but not mined (call with automine off). Returns the hash. */
    public String inMempool(String login, long amount) {
        debit(login, amount);
        long nonce = rpc.nonce(poolAddress, "pending");
        String tx = rpc.transfer(poolAddress, login, wei(amount));
        pool.journal(login, amount, nonce, tx);
        return tx;
    }

    /** Sent to a login whose code refuses ETH: mined, failed; journalled. Returns the hash. */
    public String reverted(String login, long amount) {
        rpc.setCode(login, REVERTING_CODE);
        debit(login, amount);
        long nonce = rpc.nonce(poolAddress, "pending");
        String tx = failingTransfer(login, amount);
        pool.journal(login, amount, nonce, tx);
        awaitMempoolEmpty();
        return tx;
    }

    /** A transfer that is mined and fails (explicit gas, so the node does not refuse it at estimation). */
    public String failingTransfer(String contractLogin, long amount) {
        return rpc.call("eth_sendTransaction", "{\"from\":" + ChainRpc.q(poolAddress) + ",\"to\":" + ChainRpc.q(contractLogin)
                + ",\"value\":" + ChainRpc.q(ChainRpc.hex(wei(amount))) + ",\"gas\":\"0x9c40\"}");
    }

    // --- checks ---

    /** Follows the receipts of a batch (step 7) and fails unless every one is mined with success. */
    public static void assertConfirmed(PaymentDesk desk, BatchResult result) {
        for (ReceiptCheck c : desk.followReceipts(result.paid(), Duration.ofSeconds(15), Duration.ofMillis(50))) {
            assertEquals(ReceiptCheck.Status.CONFIRMED, c.status(), () -> "receipt of " + c.payment());
        }
    }

    /** Waits (up to 10 s) until everything the pool sent is mined: the pending nonce equals the latest one. */
    public void awaitMempoolEmpty() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (rpc.nonce(poolAddress, "pending") > rpc.nonce(poolAddress, "latest")) {
            if (System.nanoTime() > deadline) throw new AssertionError("the pool's transactions are not mined after 10 s");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public Map<String, String> miner(String login) {
        return pool.raw.hgetall(pool.key("miners", login));
    }

    public Map<String, String> pending() {
        return pool.raw.zrange(pool.key("payments", "pending"));
    }

    /** Σ balance + pending + paid over the given miners: what no operation may change. */
    public long minersTotal(List<String> logins) {
        long sum = 0;
        for (String l : logins) {
            Map<String, String> m = miner(l);
            for (String f : List.of("balance", "pending", "paid")) sum += Long.parseLong(m.getOrDefault(f, "0"));
        }
        return sum;
    }

    /** The same sum over finances. */
    public long financesTotal() {
        Map<String, String> f = pool.raw.hgetall(pool.key("finances"));
        return Long.parseLong(f.getOrDefault("balance", "0")) + Long.parseLong(f.getOrDefault("pending", "0"))
                + Long.parseLong(f.getOrDefault("paid", "0"));
    }

    /** Nothing pending, no lock, empty journal hashes, invariants hold. */
    public void assertSettled() {
        assertEquals(Map.of(), pending(), "payments:pending");
        assertEquals(false, pool.raw.exists(pool.key("payments", "lock")), "payments:lock");
        assertEquals(false, pool.raw.exists(pool.key("payments", "pendingnonce")), "payments:pendingnonce");
        assertEquals(false, pool.raw.exists(pool.key("payments", "pendingtx")), "payments:pendingtx");
        AuditReport audit = ledger.audit();
        assertTrue(audit.clean(), () -> "ledger audit: " + audit.violations());
    }

    /** The pool's keys (everything but our own audit stream) with their contents: to prove an action wrote nothing. */
    public Map<String, Object> poolKeys() {
        Map<String, Object> d = new TreeMap<>(pool.raw.dump(COIN + ":"));
        d.remove("desk:audit");
        return d;
    }

    /** {@link #poolKeys()} and each key's DUMP besides, for byte-for-byte before/after checks. */
    public Map<String, Object> poolBytes() {
        Map<String, Object> d = poolKeys();
        for (String key : pool.raw.keys(COIN + ":*")) {
            if (!key.equals(COIN + ":desk:audit")) d.put("DUMP " + key, pool.raw.ok("DUMP", key));
        }
        return d;
    }

    /** Writes the scene as a PNG (call on the JavaFX thread): the window tests' screenshots. */
    public static void screenshot(Scene scene, Path file) throws IOException {
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        PixelReader px = img.getPixelReader();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) out.setRGB(x, y, px.getArgb(x, y));
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }

    @Override
    public void close() {
        ledger.close();
        node.close();
        pool.close();
    }
}
