package org.payoutdesk.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import org.payoutdesk.ledger.PayeeTable;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;

/**
 * Loading the payee table: one SCAN pass plus pipelined HGETALLs ({@code payeeTable}) against the
 * pool's way, SCAN COUNT 100 then one HGET per payee ({@code payeeTablePerPayee}), on a local Redis
 * seeded with N miners. {@code ./payout-desk bench [--miners N] [--runs R]}.
 */
public final class LedgerBench {
    private static final int SEED_BATCH = 10_000;

    private LedgerBench() { }

    public static void main(String[] args) throws IOException {
        int miners = 100_000;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--miners" -> miners = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: LedgerBench [--miners N] [--runs R]");
                    System.exit(2);
                }
            }
        }
        try (LocalRedis redis = LocalRedis.start()) {
            long t0 = System.nanoTime();
            seed(redis, miners);
            System.out.printf(Locale.ROOT, "Redis %s (%s); seeded %,d miners in %d ms%n", redis.endpoint(),
                    redis.binary(), miners, (System.nanoTime() - t0) / 1_000_000);
            RedisEndpoint endpoint = new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(30));
            try (RedisPoolLedger ledger = new RedisPoolLedger(endpoint, "eth")) {
                // Warm-up (JIT, pooled connections), then the two alternate so both see the same load.
                ledger.payeeTable();
                ledger.payeeTablePerPayee();
                ledger.payeeTable();
                Result pipelined = null;
                Result perPayee = null;
                for (int i = 0; i < runs; i++) {
                    pipelined = best(pipelined, time(ledger::payeeTable));
                    perPayee = best(perPayee, time(ledger::payeeTablePerPayee));
                }
                if (pipelined.rows != miners || perPayee.rows != miners) {
                    System.err.printf("row count mismatch: pipelined %d, per payee %d, seeded %d%n",
                            pipelined.rows, perPayee.rows, miners);
                    System.exit(1);
                }
                System.out.printf(Locale.ROOT, "%n%-34s %9s %10s %12s%n", "method (best of " + runs + ")", "miners", "ms",
                        "round trips");
                print("payeeTable (SCAN 1000 + pipeline)", pipelined);
                print("payeeTablePerPayee (pool's way)", perPayee);
                System.out.printf(Locale.ROOT, "speed-up: %.1fx   (%d cores, load average %s)%n",
                        (double) perPayee.nanos / pipelined.nanos, Runtime.getRuntime().availableProcessors(), loadAverage());
            }
        }
    }

    /** The 1-minute load average: on a busy machine both timings are slower and the ratio moves. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private record Result(long nanos, long roundTrips, int rows) { }

    private static Result time(Supplier<PayeeTable> load) {
        long t = System.nanoTime();
        PayeeTable table = load.get();
        return new Result(System.nanoTime() - t, table.roundTrips(), table.rows().size());
    }

    private static Result best(Result a, Result b) {
        return a == null || b.nanos < a.nanos ? b : a;
    }

    private static void print(String name, Result r) {
        System.out.printf(Locale.ROOT, "%-34s %9d %10.1f %12d%n", name, r.rows, r.nanos / 1e6, r.roundTrips);
    }

    /** Miner hashes as the unlocker and proxy leave them; every tenth miner has a threshold. */
    private static void seed(LocalRedis redis, int miners) throws IOException {
        try (RespPipe pipe = new RespPipe(redis.host(), redis.port())) {
            long now = 1_700_000_000L;
            for (int i = 1; i <= miners; i++) {
                String login = String.format(Locale.ROOT, "0x%040x", i * 7919L);
                long balance = (i * 104_729L) % 2_000_000_000L;
                pipe.send("HSET", "eth:miners:" + login, "balance", Long.toString(balance),
                        "immature", Long.toString(balance / 7), "paid", Long.toString(balance * 3),
                        "lastShare", Long.toString(now - i % 86_400));
                if (i % 10 == 0) pipe.send("HSET", "eth:settings:" + login, "payoutthreshold", "250000000");
                if (i % SEED_BATCH == 0) pipe.sync();
            }
            pipe.send("HSET", "eth:finances", "balance", "0");
            pipe.sync();
        }
    }
}
