package org.payoutdesk.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the dev-chain programs (anvil, ganache) or installs them from npm into a tools directory:
 * the system property {@code payoutdesk.tools}, else {@code $HOME/.cache/payout-desk/tools}.
 * Installs are guarded by a file lock because test JVMs and the sandbox may start at the same time.
 */
public final class DevTools {
    public static final String ANVIL_PACKAGE = "@foundry-rs/anvil@1.7.1";
    public static final String GANACHE_PACKAGE = "ganache@7.9.2";
    /** npm skips the wrapper's postinstall, so we call the platform binary directly (STACK.md). */
    private static final String ANVIL_BINARY = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil";
    private static final String GANACHE_CLI = "node_modules/ganache/dist/node/cli.js";
    private static final long INSTALL_MINUTES = 10;
    /** FileChannel.lock is per JVM; threads of one JVM queue here first. */
    private static final Object JVM_LOCK = new Object();

    private final Path dir;

    private DevTools(Path dir) {
        this.dir = dir;
    }

    /** The tools directory from {@code payoutdesk.tools} or the per-user cache. */
    public static DevTools standard() {
        String prop = System.getProperty("payoutdesk.tools");
        if (prop != null && !prop.isBlank()) return new DevTools(Path.of(prop));
        return new DevTools(Path.of(System.getProperty("user.home"), ".cache", "payout-desk", "tools"));
    }

    public static DevTools at(Path dir) {
        return new DevTools(dir);
    }

    public Path dir() { return dir; }

    /** The anvil binary: {@code anvil} on PATH, else the npm one in the tools directory (installed if missing). */
    public Path anvil() {
        Optional<Path> onPath = onPath("anvil");
        if (onPath.isPresent()) return onPath.get();
        Path bin = dir.resolve(ANVIL_BINARY);
        ensureInstalled(bin, ANVIL_PACKAGE);
        if (!Files.isExecutable(bin)) bin.toFile().setExecutable(true);
        return bin;
    }

    /** Ganache's cli.js in the tools directory (installed if missing); run it with {@link #node()}. */
    public Path ganacheCli() {
        Path cli = dir.resolve(GANACHE_CLI);
        ensureInstalled(cli, GANACHE_PACKAGE);
        return cli;
    }

    /** The node executable, or a clear error naming what to install. */
    public Path node() {
        return onPath("node").orElseThrow(() -> new IllegalStateException(
                "Node.js is not installed (needed to run ganache): apt-get install -y nodejs npm"));
    }

    private void ensureInstalled(Path file, String pkg) {
        if (Files.exists(file)) return;
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(dir);
                try (FileChannel ch = FileChannel.open(dir.resolve(".install.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = ch.lock()) {
                    // Another process may have installed it while we waited for the lock.
                    if (Files.exists(file)) return;
                    npmInstall(pkg);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot install " + pkg + " into " + dir + ": " + e.getMessage(), e);
            }
            if (!Files.exists(file)) {
                throw new IllegalStateException("npm installed " + pkg + " into " + dir + " but " + file
                        + " is missing; remove " + dir.resolve("node_modules") + " and try again");
            }
        }
    }

    private void npmInstall(String pkg) throws IOException {
        Path npm = onPath("npm").orElseThrow(() -> new IllegalStateException(
                "cannot install " + pkg + ": npm is not installed. Install Node.js and npm"
                        + " (apt-get install -y nodejs npm) or put anvil on PATH"));
        List<String> cmd = new ArrayList<>(List.of(npm.toString(), "install", "--prefix", dir.toString(),
                "--no-audit", "--no-fund", pkg));
        Path log = dir.resolve("npm-install.log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("npm install " + pkg + " took longer than " + INSTALL_MINUTES
                        + " minutes; see " + log);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing " + pkg);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("npm install " + pkg + " failed (exit " + p.exitValue() + "): "
                    + tail(log) + "\nCheck network access to the npm registry, or install it by hand: "
                    + String.join(" ", cmd));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no npm output)";
        }
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path candidate = Path.of(entry, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
