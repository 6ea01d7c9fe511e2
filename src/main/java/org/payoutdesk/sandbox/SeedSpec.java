package org.payoutdesk.sandbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@link SandboxSeeder} writes: the coin prefix, how many {@code miners:*} hashes (the few
 * malformed rows are among them), the random seed that makes the ledger reproducible, the instant
 * everything is dated from, the pool address (the payer of the stuck payment that went out) and the
 * global payout threshold in Shannon. The same spec (seed AND now) always writes the same keys and
 * values; {@code now} is truncated to whole seconds because every score is unix seconds.
 */
public record SeedSpec(String coin, int miners, long seed, Instant now, String poolAddress, long globalThreshold) {
    /** The pool's default threshold: 0.5 ETH. */
    public static final long DEFAULT_THRESHOLD = 500_000_000L;
    /** anvil's dev account 0, lower-case as the pool config would hold it. */
    public static final String DEV_ACCOUNT_0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    /** Fewer miners than this leaves no room for the malformed rows, the stuck payments and normal payees. */
    public static final int MIN_MINERS = 20;

    private static final Pattern COIN = Pattern.compile("[a-z0-9]+");

    public SeedSpec {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(poolAddress, "poolAddress");
        if (!COIN.matcher(coin).matches()) throw new IllegalArgumentException("coin must be [a-z0-9]+: " + coin);
        if (miners < MIN_MINERS) throw new IllegalArgumentException("at least " + MIN_MINERS + " miners, got " + miners);
        if (globalThreshold <= 10) throw new IllegalArgumentException("global threshold must be > 10 Shannon");
        now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** eth, 5,000 miners, seed 42, now, dev account 0, 0.5 ETH. */
    public static SeedSpec defaults() {
        return new SeedSpec("eth", 5_000, 42L, Instant.now(), DEV_ACCOUNT_0, DEFAULT_THRESHOLD);
    }

    public SeedSpec withCoin(String c) { return new SeedSpec(c, miners, seed, now, poolAddress, globalThreshold); }

    public SeedSpec withMiners(int n) { return new SeedSpec(coin, n, seed, now, poolAddress, globalThreshold); }

    public SeedSpec withSeed(long s) { return new SeedSpec(coin, miners, s, now, poolAddress, globalThreshold); }

    public SeedSpec withNow(Instant t) { return new SeedSpec(coin, miners, seed, t, poolAddress, globalThreshold); }

    public SeedSpec withPoolAddress(String a) { return new SeedSpec(coin, miners, seed, now, a, globalThreshold); }

    public SeedSpec withGlobalThreshold(long t) { return new SeedSpec(coin, miners, seed, now, poolAddress, t); }
}
