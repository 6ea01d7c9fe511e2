package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;

/**
 * SIGTERM in the middle of a payment: a real JVM ({@link SigtermBatchRun}) runs a batch on the real
 * engine, Redis and anvil and is sent SIGTERM while its second payment is debited and about to be
 * broadcast. The shutdown hook stops the batch after that payment and waits
 * for it, so the ledger and the chain agree exactly and nothing is left pending or locked.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class BatchSigtermTest {
    private static final int MINERS = 4;

    private static long amount(int i) {
        return 3_000_000_000L - i * 100_000_007L; // the plan pays the largest balance first
    }

    @Test
    void sigtermStopsAfterThePaymentInFlightAndWaitsForIt(LocalRedis redis, LocalAnvil anvil) throws Exception {
        try (GoPoolFixture pool = new GoPoolFixture(redis, "eth")) {
            pool.raw.flushall();
            ChainRpc rpc = new ChainRpc(anvil.rpcUrl());
            List<String> logins = new ArrayList<>();
            int salt = (int) (System.nanoTime() & 0xfff);
            for (int i = 0; i < MINERS; i++) {
                logins.add(String.format("0x%08x%032x", 0x7d000000 | salt, i + 1));
                pool.credit(logins.get(i), amount(i));
            }
            Path err = Files.createTempFile("sigterm-batch", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process p = new ProcessBuilder(java, "-cp", cp, SigtermBatchRun.class.getName(), redis.host(),
                    Integer.toString(redis.port()), anvil.rpcUrl(), "hook")
                    .redirectError(err.toFile()).start();
            BlockingQueue<String> out = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) out.add(line);
                } catch (IOException e) {
                    out.add("READ FAILED " + e);
                }
            }, "sigterm-test-out");
            reader.setDaemon(true);
            reader.start();
            try {
                List<String> seen = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!seen.contains("SENDING 2") && System.nanoTime() < deadline) {
                    String line = out.poll(1, TimeUnit.SECONDS);
                    if (line != null && (line.startsWith("PAID ") || line.startsWith("SENDING "))) seen.add(line);
                    assertTrue(p.isAlive() || line != null, () -> "the batch process ended early: " + read(err));
                }
                assertEquals(List.of("SENDING 1", "PAID " + logins.getFirst(), "SENDING 2"), seen, () -> read(err));
                // The second payment is debited and about to be broadcast: the worst moment to die.
                p.destroy(); // SIGTERM, as systemd or kill would send
                assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the process ended within the grace");
                assertEquals(143, p.exitValue(), "ended by SIGTERM");
            } finally {
                p.destroyForcibly();
            }
            reader.join(5_000);
            String log = read(err);

            // Nothing half-done: no pending entry, no lock, no journal; the ledger and the chain agree exactly.
            assertTrue(pool.raw.zrange(pool.key("payments", "pending")).isEmpty(), () -> "pending left; " + log);
            assertFalse(pool.raw.exists(pool.key("payments", "lock")), "lock left");
            assertTrue(pool.raw.hgetall(pool.key("payments", "pendingtx")).isEmpty());
            assertTrue(pool.raw.hgetall(pool.key("payments", "pendingnonce")).isEmpty());
            int paid = 0;
            while (paid < MINERS && "0".equals(pool.raw.hgetall(pool.key("miners", logins.get(paid))).get("balance"))) paid++;
            // The first was paid before SIGTERM, the one in flight finished, the rest were not attempted.
            assertEquals(2, paid, "paid");
            long total = 0;
            for (int i = 0; i < MINERS; i++) {
                var m = pool.raw.hgetall(pool.key("miners", logins.get(i)));
                boolean done = i < paid;
                assertEquals(Long.toString(done ? 0 : amount(i)), m.get("balance"), logins.get(i));
                assertEquals(done ? Long.toString(amount(i)) : null, m.get("paid"), logins.get(i));
                assertEquals(done ? Shannon.toWei(amount(i)) : BigInteger.ZERO, rpc.balance(logins.get(i)), logins.get(i));
                if (done) total += amount(i);
            }
            assertEquals(Long.toString(total), pool.raw.hgetall(pool.key("finances")).get("paid"));
            assertTrue(log.contains("shutting down during a payout batch: stopping after the payment in flight"), log);
            assertFalse(log.contains("payouts halted"), log);
            assertEquals(1, log.split("Payout Desk: a payout batch is being sent; stopping after the payment in flight", -1).length - 1,
                    () -> "the operator is told once on stderr: " + log);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
