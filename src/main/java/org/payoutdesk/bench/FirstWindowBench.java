package org.payoutdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.payoutdesk.sandbox.Sandbox;
import org.payoutdesk.sandbox.SeedSpec;

/**
 * How long {@code gui --config} of the image takes from launch to its first frame, against a running
 * Redis (2,000 miners) and anvil, with and without the image's AOT cache, in one run. The window
 * prints its first frame's epoch time ({@code -Dpayoutdesk.firstWindowLog=true}); the launch time is
 * this process's clock just before it starts the launcher script. Needs the image (the launcher builds
 * it) and a display: without DISPLAY it starts its own Xvfb.
 *
 * <p>{@code ./payout-desk bench first-window [runs]} (default 5 of each).
 */
public final class FirstWindowBench {
    private static final Pattern FRAME = Pattern.compile("\\(CPU (\\d+) ms, first frame at epoch ms (\\d+)\\)");
    private static final long TARGET_MS = 1_500;

    private FirstWindowBench() { }

    /** One launch: wall ms from launch to the first frame, and the CPU the JVM had used by then. */
    record Launch(long wallMs, long cpuMs) { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path image = Path.of(System.getProperty("payoutdesk.image", "target/image/payout-desk")).toAbsolutePath();
        if (!Files.isExecutable(image)) throw new IllegalStateException("no image at " + image + ": run ./payout-desk jlink");
        Path work = Files.createTempDirectory("first-window-bench");
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        try (Sandbox sandbox = Sandbox.start(SeedSpec.defaults().withPoolAddress(SeedSpec.DEV_ACCOUNT_0).withMiners(2_000), false)) {
            if (display == null || display.isBlank()) {
                display = ":" + (90 + (ProcessHandle.current().pid() % 9));
                xvfb = startXvfb(display);
            }
            Path config = work.resolve("config.json");
            Files.writeString(config, """
                    {"coin":"eth","redis":{"endpoint":"%s"},
                     "payouts":{"address":"%s","daemon":"%s","threshold":500000000,"autoGas":true}}"""
                    .formatted(sandbox.redisEndpoint(), sandbox.poolAddress(), sandbox.rpcUrl()));
            Path cache = work.resolve("cache");
            System.out.printf(Locale.ROOT, "first window of %s gui --config (Redis with %d miners, anvil), display %s%n",
                    image, sandbox.summary().minerCount(), display);
            System.out.printf(Locale.ROOT, "machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            // The cache is per user and per image build: record it, let the next launch assemble it, wait.
            launch(image, config, display, cache, true);
            launch(image, config, display, cache, true);
            awaitCache(cache.resolve("payout-desk/aot"));
            List<Launch> off = new ArrayList<>();
            List<Launch> on = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                off.add(launch(image, config, display, cache, false));
                on.add(launch(image, config, display, cache, true));
            }
            System.out.printf(Locale.ROOT, "%-26s %-28s %-10s %s%n", "", "launch to first frame (ms)", "median", "CPU median");
            print("image, no AOT cache", off);
            print("image, AOT cache", on);
            long best = median(on.stream().map(Launch::wallMs).toList());
            System.out.printf(Locale.ROOT, "target %d ms: %s (AOT cache median %d ms, ratio %.2f); load average now %s%n",
                    TARGET_MS, best <= TARGET_MS ? "MET" : "MISSED", best, best / (double) TARGET_MS, loadAverage());
        } finally {
            if (xvfb != null) xvfb.destroy();
            deleteTree(work);
        }
    }

    private static Launch launch(Path image, Path config, String display, Path cache, boolean aot) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(image.toString(), "gui", "--config", config.toString());
        Map<String, String> env = pb.environment();
        env.put("DISPLAY", display);
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("XDG_STATE_HOME", cache.resolve("state").toString());
        env.put("PAYOUT_DESK_AOT", aot ? "on" : "off");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long started = System.currentTimeMillis();
        env.put("PAYOUT_DESK_JVM_OPTS", "-Dpayoutdesk.firstWindowLog=true -Dpayoutdesk.launchedAt=" + started);
        Process p = pb.start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (String line; System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
                Matcher m = FRAME.matcher(line);
                if (m.find()) {
                    int steps = line.indexOf("steps after launch:");
                    if (steps >= 0) System.out.println("  " + (aot ? "AOT cache   " : "no AOT cache") + " " + line.substring(steps));
                    return new Launch(Long.parseLong(m.group(2)) - started, Long.parseLong(m.group(1)));
                }
            }
            throw new IllegalStateException("the window never reported its first frame (exit "
                    + (p.isAlive() ? "none yet" : p.exitValue()) + ")");
        } finally {
            p.destroy(); // SIGTERM: the window closes as on a logout
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private static void awaitCache(Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.toString().endsWith(".aot"))) return;
            } catch (IOException notYet) {
                // the folder appears with the first launch
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the AOT cache was not assembled in " + dir);
    }

    private static Process startXvfb(String display) throws Exception {
        Process x;
        try {
            x = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("no DISPLAY and no Xvfb: apt-get install -y xvfb libgtk-3-0", e);
        }
        Thread.sleep(700);
        if (!x.isAlive()) throw new IllegalStateException("Xvfb " + display + " did not start");
        return x;
    }

    private static void print(String name, List<Launch> runs) {
        String each = String.join(" ", runs.stream().map(l -> Long.toString(l.wallMs())).toList());
        System.out.printf(Locale.ROOT, "%-26s %-28s %-10d %d%n", name, each, median(runs.stream().map(Launch::wallMs).toList()),
                median(runs.stream().map(Launch::cpuMs).toList()));
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f", l);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
