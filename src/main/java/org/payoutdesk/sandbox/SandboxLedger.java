package org.payoutdesk.sandbox;

import java.time.Duration;
import org.payoutdesk.ledger.RedisEndpoint;

/**
 * A throw-away pool ledger: a {@link LocalRedis} of our own (temporary directory, removed on
 * close) seeded by {@link SandboxSeeder}. A JVM shutdown hook kills the Redis too, so it never
 * outlives the app even when nobody calls {@link #close()}.
 */
public final class SandboxLedger implements AutoCloseable {
    private final LocalRedis redis;
    private final SeedSpec spec;
    private final SeedSummary summary;
    private final Thread shutdownHook;
    private boolean closed;

    private SandboxLedger(LocalRedis redis, SeedSpec spec, SeedSummary summary, Thread shutdownHook) {
        this.redis = redis;
        this.spec = spec;
        this.summary = summary;
        this.shutdownHook = shutdownHook;
    }

    /** Starts and seeds a sandbox; no chain is touched. */
    public static SandboxLedger start(SeedSpec spec) {
        return start(spec, null);
    }

    /** Starts and seeds a sandbox; {@code sender} (may be null) sends the stuck payment that went out. */
    public static SandboxLedger start(SeedSpec spec, TransferSender sender) {
        LocalRedis redis = LocalRedis.start();
        Thread hook = new Thread(redis::close, "sandbox-redis-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            SeedSummary summary = new SandboxSeeder(redis.host(), redis.port()).seed(spec, sender);
            return new SandboxLedger(redis, spec, summary, hook);
        } catch (RuntimeException e) {
            removeHook(hook);
            redis.close();
            throw e;
        }
    }

    /** Where the seeded Redis listens, database 0, no password. */
    public RedisEndpoint endpoint() {
        return new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(5));
    }

    public String coin() {
        return spec.coin();
    }

    public SeedSpec spec() {
        return spec;
    }

    public SeedSummary summary() {
        return summary;
    }

    public LocalRedis redis() {
        return redis;
    }

    /** The {@link Sandbox}'s own hook stops this Redis from now on (after what must run first). */
    synchronized void handOverShutdown() {
        removeHook(shutdownHook);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        removeHook(shutdownHook);
        redis.close();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it closes the Redis itself
        }
    }
}
