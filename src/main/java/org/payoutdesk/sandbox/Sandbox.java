package org.payoutdesk.sandbox;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.config.DeskSettings;
import org.payoutdesk.config.FeeMode;
import org.payoutdesk.config.PayoutsConfig;
import org.payoutdesk.config.RedisConfig;
import org.payoutdesk.money.Shannon;

/**
 * The whole sandbox: an anvil dev chain (a block every {@value #BLOCK_TIME_SECONDS} s) and a seeded
 * {@link SandboxLedger} whose "went out" stuck payment is really sent on that chain, the pool wallet
 * (anvil's dev account 0, node-managed signing like the pool) funded well beyond what is owed, and the
 * {@link DeskConfig} that points the desk at both. {@link #close()} (or the JVM shutdown hook, on
 * Ctrl-C) kills both servers and removes their temporary directories.
 */
public final class Sandbox implements AutoCloseable {
    public static final int BLOCK_TIME_SECONDS = 2;
    /** On top of twice what is owed, so a new user can pay everything and still see a healthy wallet. */
    private static final BigInteger SPARE_WEI = Shannon.toWei(1_000L * Shannon.PER_ETH);

    private final LocalAnvil anvil;
    private final SandboxLedger ledger;
    private final DeskConfig config;
    private final BigInteger walletWei;
    private final Duration startup;
    private final String phases;
    private final Thread shutdownHook;
    /** Runs on Ctrl-C / SIGTERM before the servers stop: the window waits there for a payout batch. */
    private volatile Runnable beforeShutdown = () -> { };
    private boolean closed;

    private Sandbox(LocalAnvil anvil, SandboxLedger ledger, DeskConfig config, BigInteger walletWei, Duration startup,
                    String phases) {
        this.phases = phases;
        this.anvil = anvil;
        this.ledger = ledger;
        this.config = config;
        this.walletWei = walletWei;
        this.startup = startup;
        this.shutdownHook = new Thread(this::shutdown, "sandbox-shutdown");
    }

    /** The default sandbox: 5,000 miners, eth, 0.5 ETH threshold, paid from anvil's dev account 0. */
    public static Sandbox start(boolean readOnly) {
        return start(SeedSpec.defaults().withPoolAddress(LocalAnvil.ACCOUNT_0), readOnly);
    }

    /** {@code spec.poolAddress()} must be one of anvil's unlocked dev accounts (it signs on the node). */
    public static Sandbox start(SeedSpec spec, boolean readOnly) {
        return start(spec, readOnly, BLOCK_TIME_SECONDS);
    }

    /** As {@link #start(SeedSpec, boolean)} with anvil mining a block every {@code blockTimeSeconds} (the window bench: 1). */
    public static Sandbox start(SeedSpec spec, boolean readOnly, int blockTimeSeconds) {
        long t0 = System.nanoTime();
        // anvil starts while Redis is seeded; the seeder needs it only for the stuck transfer.
        CompletableFuture<Timed<LocalAnvil>> starting = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> LocalAnvil.start(blockTimeSeconds, LocalAnvil.DEFAULT_CHAIN_ID)));
        // Until the Sandbox exists, this hook is what stops anvil on Ctrl-C.
        Thread anvilHook = new Thread(() -> closeWhenStarted(starting), "sandbox-anvil-shutdown");
        Runtime.getRuntime().addShutdownHook(anvilHook);
        SandboxLedger ledger = null;
        try {
            Timed<SandboxLedger> seeded = Timed.of(() -> SandboxLedger.start(spec,
                    (from, to, wei) -> new NodeTransferSender(anvil(starting)).send(from, to, wei)));
            ledger = seeded.value();
            LocalAnvil anvil = anvil(starting);
            BigInteger wallet = fund(anvil, spec.poolAddress(), ledger.summary());
            DeskConfig config = config(spec, ledger, anvil, readOnly);
            String phases = "anvil " + seconds(starting.join().took()) + " s in parallel with Redis + "
                    + ledger.summary().minerCount() + " miners " + seconds(seeded.took()) + " s";
            Sandbox sandbox = new Sandbox(anvil, ledger, config, wallet, Duration.ofNanos(System.nanoTime() - t0), phases);
            Runtime.getRuntime().addShutdownHook(sandbox.shutdownHook);
            removeHook(anvilHook);
            ledger.handOverShutdown(); // one hook for both servers, so it can wait before stopping Redis
            return sandbox;
        } catch (RuntimeException e) {
            if (ledger != null) ledger.close();
            closeWhenStarted(starting);
            removeHook(anvilHook);
            throw e;
        }
    }

    private static LocalAnvil anvil(CompletableFuture<Timed<LocalAnvil>> starting) {
        try {
            return starting.join().value();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void closeWhenStarted(CompletableFuture<Timed<LocalAnvil>> starting) {
        try {
            starting.join().value().close();
        } catch (CompletionException | CancellationException failedToStart) {
            // nothing runs
        }
    }

    /** A value and how long it took to get. */
    private record Timed<T>(T value, Duration took) {
        static <T> Timed<T> of(Supplier<T> work) {
            long t = System.nanoTime();
            T v = work.get();
            return new Timed<>(v, Duration.ofNanos(System.nanoTime() - t));
        }
    }

    /** Owed to miners is balance + pending; the wallet gets twice that plus 1,000 ETH, never less than it has. */
    private static BigInteger fund(LocalAnvil anvil, String pool, SeedSummary summary) {
        long owed = Math.max(0, summary.totalBalance()) + summary.totalPending();
        BigInteger target = Shannon.toWei(owed).shiftLeft(1).add(SPARE_WEI);
        BigInteger wallet = target.max(LocalAnvil.DEV_BALANCE_WEI);
        anvil.setBalance(pool, wallet);
        return wallet;
    }

    /** The pool's config as an operator would write it for this sandbox (node signing, autoGas). */
    static DeskConfig config(SeedSpec spec, SandboxLedger ledger, LocalAnvil anvil, boolean readOnly) {
        RedisConfig redis = RedisConfig.local(ledger.redis().port());
        PayoutsConfig payouts = new PayoutsConfig(true, 0, Duration.ofMinutes(120), anvil.rpcUrl(),
                Duration.ofSeconds(10), spec.poolAddress().toLowerCase(java.util.Locale.ROOT),
                BigInteger.valueOf(21_000), Optional.empty(), true, spec.globalThreshold(), false);
        DeskSettings desk = new DeskSettings(Optional.empty(), Optional.empty(), FeeMode.LEGACY, Optional.empty(),
                Optional.empty(), DeskSettings.DEFAULT_CONFIRMATIONS, DeskSettings.DEFAULT_SCAN_DEPTH, Optional.empty(),
                readOnly, Duration.ofMinutes(2), DeskSettings.defaultOperator());
        return new DeskConfig(spec.coin(), redis, payouts, desk);
    }

    public DeskConfig config() { return config; }

    public SeedSummary summary() { return ledger.summary(); }

    public String redisEndpoint() { return ledger.redis().endpoint(); }

    public String rpcUrl() { return anvil.rpcUrl(); }

    public String poolAddress() { return config.payouts().address(); }

    /** What the pool wallet was funded with, wei. */
    public BigInteger walletWei() { return walletWei; }

    /** From the first server starting to everything seeded and funded. */
    public Duration startupTime() { return startup; }

    public LocalAnvil anvil() { return anvil; }

    public SandboxLedger ledger() { return ledger; }

    /** What was started, for the terminal: endpoints, the pool wallet, the seeded ledger, the stuck payments. */
    public List<String> describe() {
        SeedSummary s = summary();
        List<String> lines = new ArrayList<>();
        lines.add("Payout Desk sandbox ready in " + seconds(startup) + " s (" + phases + "):");
        lines.add("  Redis      " + redisEndpoint() + "  (embedded, coin \"" + s.coin() + "\", temporary directory)");
        lines.add("  anvil      " + rpcUrl() + "  (chain id " + anvil.chainId() + ", a block every "
                + BLOCK_TIME_SECONDS + " s)");
        lines.add("  pool       " + poolAddress() + "  (anvil dev account 0, node-managed signing, "
                + Shannon.formatWeiAsEth(walletWei) + " ETH)");
        lines.add("  miners     " + s.minerCount() + " (" + s.overThreshold() + " over the "
                + Shannon.formatEth(s.globalThreshold()) + " ETH threshold, " + s.malformedLogins().size()
                + " malformed logins), " + s.payments() + " past payments, owed "
                + Shannon.formatEth(Math.max(0, s.totalBalance()) + s.totalPending()) + " ETH");
        for (StuckPayment p : s.stuckPayments()) {
            lines.add("  stuck      " + p.member() + "  " + (p.sentOnChain()
                    ? "its transaction went out: " + p.txHash().orElse("(not sent)")
                    : "never sent (holds the payments lock)"));
        }
        lines.add("Everything (Redis, anvil and their temporary directories) is removed when the window closes or on Ctrl-C.");
        return lines;
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        removeHook(shutdownHook);
        closeServers();
    }

    /**
     * {@code action} runs on Ctrl-C / SIGTERM before Redis and anvil are stopped (hooks run concurrently,
     * so a hook of its own could not hold them): a payout batch must end its payment on live servers.
     */
    public void beforeShutdown(Runnable action) {
        beforeShutdown = java.util.Objects.requireNonNull(action, "action");
    }

    private void shutdown() {
        try {
            beforeShutdown.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Sandbox.class).error("before stopping the sandbox: {}", e.getMessage());
        } finally {
            closeServers();
        }
    }

    /** Idempotent: both servers' close() tolerate being called twice (the hook may race with close()). */
    private void closeServers() {
        try {
            ledger.close();
        } finally {
            anvil.close();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it closes the servers itself
        }
    }

    @Override
    public String toString() {
        return "Sandbox[redis " + redisEndpoint() + ", anvil " + rpcUrl() + ", pool " + poolAddress() + "]";
    }
}
