package org.payoutdesk.app.pending;

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
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;

/**
 * A real payout engine for the view tests: real Redis, real anvil, the pool's own node-managed signer
 * (dev account 0), and helpers that leave pending entries of each verdict the way the Go pool (or a
 * crash of ours) leaves them.
 */
public final class EngineRig implements AutoCloseable {
    public static final String COIN = "eth";
    public static final String POOL = LocalAnvil.ACCOUNT_0;
    /** Runtime code PUSH1 0 PUSH1 0 REVERT: every call to it fails. */
    public static final String REVERTING_CODE = "0x60006000fd";
    private static final AtomicInteger SALT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    public final GoPoolFixture pool;
    public final RedisPoolLedger ledger;
    public final Web3EthNode node;
    public final PaymentDesk desk;
    public final ChainRpc rpc;

    public EngineRig(LocalRedis redis, LocalAnvil anvil) {
        this(redis, anvil, false);
    }

    public EngineRig(LocalRedis redis, LocalAnvil anvil, boolean readOnly) {
        pool = new GoPoolFixture(redis, COIN);
        ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), COIN);
        node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(5));
        PayoutSettings settings = new PayoutSettings(POOL, 500_000_000L, 0, true, null, null, PayoutSettings.FeeMode.LEGACY,
                null, null, false, Duration.ofSeconds(20), 10_000, readOnly, "test");
        desk = new PaymentDesk(ledger, node, new NodeAccountSigner(node, POOL, true), settings, Duration.ofMillis(100));
        rpc = new ChainRpc(anvil.rpcUrl());
    }

    public static String freshLogin() {
        return String.format("0x%08x%032x", 0x7e000000 | SALT.incrementAndGet(), 1);
    }

    public static BigInteger wei(long shannon) {
        return Shannon.toWei(shannon);
    }

    private void debit(String login, long amount) {
        pool.credit(login, 2 * amount);
        pool.lockPayouts(login, amount);
        pool.updateBalance(login, amount, Instant.now().getEpochSecond());
    }

    /** The Go pool debited, sent, and died before WritePayment: a transfer on chain, no journal. */
    public String paid(String login, long amount) {
        debit(login, amount);
        String tx = rpc.transfer(POOL, login, wei(amount));
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
        long nonce = rpc.nonce(POOL, "pending");
        String tx = rpc.transfer(POOL, login, wei(amount));
        pool.journal(login, amount, nonce, tx);
        return tx;
    }

    /** Sent to a login whose code refuses ETH: mined, failed; journalled. Returns the hash. */
    public String reverted(String login, long amount) {
        rpc.setCode(login, REVERTING_CODE);
        debit(login, amount);
        long nonce = rpc.nonce(POOL, "pending");
        String tx = failingTransfer(login, amount);
        pool.journal(login, amount, nonce, tx);
        awaitMempoolEmpty();
        return tx;
    }

    /** A transfer that is mined and fails (explicit gas, so the node does not refuse it at estimation). */
    public String failingTransfer(String contractLogin, long amount) {
        return rpc.call("eth_sendTransaction", "{\"from\":" + ChainRpc.q(POOL) + ",\"to\":" + ChainRpc.q(contractLogin)
                + ",\"value\":" + ChainRpc.q(ChainRpc.hex(wei(amount))) + ",\"gas\":\"0x9c40\"}");
    }

    public Map<String, String> miner(String login) {
        return pool.raw.hgetall(pool.key("miners", login));
    }

    public Map<String, String> pending() {
        return pool.raw.zrange(pool.key("payments", "pending"));
    }

    /** The pool's keys (everything but our audit stream), to prove an action wrote nothing. */
    public Map<String, Object> poolKeys() {
        Map<String, Object> d = new TreeMap<>(pool.raw.dump(COIN + ":"));
        d.remove("desk:audit");
        return d;
    }

    public void awaitMempoolEmpty() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (rpc.nonce(POOL, "pending") > rpc.nonce(POOL, "latest")) {
            if (System.nanoTime() > deadline) throw new AssertionError("the pool's transactions are not mined after 10 s");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Writes the scene as a PNG (call on the JavaFX thread). */
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

    public static List<String> logins(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(freshLogin());
        return out;
    }

    @Override
    public void close() {
        ledger.close();
        node.close();
        pool.close();
    }
}
