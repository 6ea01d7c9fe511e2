package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A server process of our own (Redis, anvil, ganache) listening on a loopback {@code port}, run in
 * a temporary directory {@code dir} that {@link #close()} removes; its output goes to
 * {@code <name>.log} there. Made by {@link #start}.
 */
record ServerProcess(Process process, Path dir, String name, int port) {
    private static final long POLL_MILLIS = 20;
    private static final int LOG_TAIL = 2000;

    /**
     * Starts {@code command} (which must listen on {@code port}) in {@code dir} and waits until {@code ready} answers true. A server
     * that cannot start, exits, is not ready within {@code readyWithin} or whose wait is interrupted
     * is killed and {@code dir} removed; the IOException then ends with the tail of its log.
     *
     * @param probe what {@code ready} asks the server ("eth_chainId"), for the timeout message
     */
    static ServerProcess start(String name, List<String> command, int port, Path dir, Duration readyWithin,
            String probe, BooleanSupplier ready) throws IOException {
        ServerProcess server;
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
            server = new ServerProcess(p, dir, name, port);
        } catch (IOException e) {
            deleteTree(dir);
            throw e;
        }
        server.awaitReady(readyWithin, probe, ready);
        return server;
    }

    boolean isAlive() { return process.isAlive(); }

    /** Kills the server and waits for it to be gone (tests use this to simulate a server dying mid-way). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        kill();
        deleteTree(dir);
    }

    private void awaitReady(Duration timeout, String probe, BooleanSupplier ready) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failed(name + " exited at start: " + readLog());
            }
            if (ready.getAsBoolean()) return;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed("interrupted while waiting for " + name);
            }
        }
        throw failed(name + " did not answer " + probe + " within " + timeout.toSeconds() + " s: " + readLog());
    }

    /** Kills the server, removes its directory and says why. */
    private IOException failed(String why) {
        close();
        return new IOException(why);
    }

    private String readLog() {
        try {
            String log = Files.readString(dir.resolve(name + ".log")).strip();
            return log.length() > LOG_TAIL ? log.substring(log.length() - LOG_TAIL) : log;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port: " + e.getMessage(), e);
        }
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }
}
