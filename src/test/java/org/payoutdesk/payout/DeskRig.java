package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.payoutdesk.chain.KeystoreSigner;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.AuditReport;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.TestKeystores;

/**
 * One desk wired to a real Redis and a real dev chain, plus the raw views the tests check it with:
 * {@link GoPoolFixture} (the Go pool's commands) and {@link ChainRpc} (the chain from outside).
 */
final class DeskRig implements AutoCloseable {
    static final String COIN = "eth";
    static final long THRESHOLD = 500_000_000L;
    private static final AtomicInteger SALT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    enum SignerChoice { NODE, KEYSTORE }

    final GoPoolFixture pool;
    final RedisPoolLedger ledger;
    final Web3EthNode node;
    final Signer signer;
    final PayoutSettings settings;
    final PaymentDesk desk;
    final ChainRpc rpc;
    final String poolAddress;

    private DeskRig(LocalRedis redis, String rpcUrl, Signer signer, Web3EthNode node, PayoutSettings settings) {
        this.pool = new GoPoolFixture(redis, COIN);
        this.ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), COIN);
        this.node = node;
        this.signer = signer;
        this.settings = settings;
        this.poolAddress = settings.poolAddress();
        this.desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
        this.rpc = new ChainRpc(rpcUrl);
    }

    static PayoutSettings settings(String poolAddress, PayoutSettings.FeeMode mode) {
        return new PayoutSettings(poolAddress, THRESHOLD, 0, true, null, null, mode, null, null,
                false, Duration.ofSeconds(20), 10_000, false, "test");
    }

    /** The pool's own way: the node signs for dev account 0. */
    static DeskRig nodeAccount(LocalRedis redis, String rpcUrl, String poolAddress) {
        Web3EthNode node = Web3EthNode.connect(rpcUrl, Duration.ofSeconds(5));
        return new DeskRig(redis, rpcUrl, new NodeAccountSigner(node, poolAddress, true), node,
                settings(poolAddress, PayoutSettings.FeeMode.LEGACY));
    }

    /** A local keystore of {@code keystore} with the given fee mode. */
    static DeskRig keystore(LocalRedis redis, String rpcUrl, Path keystore, PayoutSettings.FeeMode mode) {
        Web3EthNode node = Web3EthNode.connect(rpcUrl, Duration.ofSeconds(5));
        String address = TestKeystores.address(keystore);
        KeystoreSigner signer = KeystoreSigner.open(node, keystore, TestKeystores.PASSWORD.toCharArray(), address);
        return new DeskRig(redis, rpcUrl, signer, node, settings(address, mode));
    }

    static DeskRig of(SignerChoice choice, LocalRedis redis, String rpcUrl, String poolAddress, String poolKey, Path dir) {
        return choice == SignerChoice.NODE ? nodeAccount(redis, rpcUrl, poolAddress)
                : keystore(redis, rpcUrl, TestKeystores.of(poolKey, dir), PayoutSettings.FeeMode.EIP1559);
    }

    /** The same Redis, node and signer behind a fresh desk: what a restart after a crash sees. */
    PaymentDesk restartedDesk() {
        return new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
    }

    /** Fresh addresses nobody has used on this chain, so a balance on chain is what we paid. */
    static List<String> freshLogins(int n) {
        int salt = SALT.incrementAndGet();
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(String.format("0x%08x%032x", 0x5a000000 | salt, i));
        return out;
    }

    static BigInteger wei(long shannon) {
        return Shannon.toWei(shannon);
    }

    /** Follows the receipts of a batch (step 7) and fails unless every one is mined with success. */
    static void assertConfirmed(PaymentDesk desk, BatchResult result) {
        for (ReceiptCheck c : desk.followReceipts(result.paid(), Duration.ofSeconds(15), Duration.ofMillis(50))) {
            assertEquals(ReceiptCheck.Status.CONFIRMED, c.status(), () -> "receipt of " + c.payment());
        }
    }

    /** Waits (up to 10 s) until everything the pool sent is mined: the pending nonce equals the latest one. */
    void awaitMempoolEmpty() {
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

    /** Σ balance + pending + paid over the given miners, and over finances: what no operation may change. */
    long minersTotal(List<String> logins) {
        long sum = 0;
        for (String l : logins) {
            Map<String, String> m = pool.raw.hgetall(pool.key("miners", l));
            for (String f : List.of("balance", "pending", "paid")) sum += Long.parseLong(m.getOrDefault(f, "0"));
        }
        return sum;
    }

    long financesTotal() {
        Map<String, String> f = pool.raw.hgetall(pool.key("finances"));
        return Long.parseLong(f.getOrDefault("balance", "0")) + Long.parseLong(f.getOrDefault("pending", "0"))
                + Long.parseLong(f.getOrDefault("paid", "0"));
    }

    /** Nothing pending, no lock, empty journal hashes, invariants hold. */
    void assertSettled() {
        assertEquals(Map.of(), pool.raw.zrange(pool.key("payments", "pending")), "payments:pending");
        assertEquals(false, pool.raw.exists(pool.key("payments", "lock")), "payments:lock");
        assertEquals(false, pool.raw.exists(pool.key("payments", "pendingnonce")), "payments:pendingnonce");
        assertEquals(false, pool.raw.exists(pool.key("payments", "pendingtx")), "payments:pendingtx");
        AuditReport audit = ledger.audit();
        assertTrue(audit.clean(), () -> "ledger audit: " + audit.violations());
    }

    /** The pool's keys (everything but our own audit stream), for byte-for-byte before/after checks. */
    Map<String, Object> poolKeys() {
        Map<String, Object> d = new TreeMap<>(pool.raw.dump(COIN + ":"));
        d.remove("desk:audit");
        for (String key : pool.raw.keys(COIN + ":*")) {
            if (!key.equals(COIN + ":desk:audit")) d.put("DUMP " + key, pool.raw.ok("DUMP", key));
        }
        return d;
    }

    @Override
    public void close() {
        ledger.close();
        node.close();
        pool.close();
    }
}
