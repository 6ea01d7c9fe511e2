package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Redis server of our own, on a free loopback port, in a temporary directory that is
 * removed on {@link #close()}. Uses {@code redis-server} from PATH when there is one, otherwise
 * the Linux binary shipped inside the embedded-redis jar, so nothing needs installing.
 * Used by the sandbox, the tests and the benchmark.
 */
public final class LocalRedis implements AutoCloseable {
    private static final String EMBEDDED_BINARY = "/redis-server-6.2.6-v5-linux-amd64";

    private final Process process;
    private final Path dir;
    private final int port;
    private final String binary;

    private LocalRedis(Process process, Path dir, int port, String binary) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.binary = binary;
    }

    public static LocalRedis start() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("payout-desk-redis-");
            String binary = findBinary(dir);
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(binary,
                    "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--daemonize", "no", "--loglevel", "warning"));
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            LocalRedis redis = new LocalRedis(p, dir, port, binary);
            redis.awaitReady(Duration.ofSeconds(10));
            return redis;
        } catch (IOException e) {
            if (dir != null) deleteTree(dir);
            throw new UncheckedIOException("cannot start a local Redis: " + e.getMessage(), e);
        }
    }

    public String host() { return "127.0.0.1"; }

    public int port() { return port; }

    /** "host:port", the form of the pool config's redis.endpoint. */
    public String endpoint() { return host() + ":" + port; }

    /** Which binary runs: redis-server from PATH or the embedded one. */
    public String binary() { return binary; }

    public boolean isAlive() { return process.isAlive(); }

    /** Kills the server (tests use this to simulate Redis dying mid-way). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        deleteTree(dir);
    }

    private void awaitReady(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("redis-server exited at start: " + readLog());
            }
            try (Socket s = new Socket(host(), port)) {
                s.getOutputStream().write("PING\r\n".getBytes());
                byte[] buf = new byte[7];
                int n = s.getInputStream().read(buf);
                if (n > 0 && new String(buf, 0, n).startsWith("+PONG")) return;
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Redis");
            }
        }
        kill();
        throw new IOException("redis-server did not answer within " + timeout.toSeconds() + " s: " + readLog());
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("redis.log")).strip();
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String findBinary(Path dir) throws IOException {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path candidate = Path.of(entry, "redis-server");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IOException("no redis-server on PATH and no bundled binary for " + os + "/" + arch
                    + "; install Redis (apt-get install -y redis-server)");
        }
        try (InputStream in = LocalRedis.class.getResourceAsStream(EMBEDDED_BINARY)) {
            if (in == null) {
                throw new IOException("no redis-server on PATH and the embedded-redis jar is missing;"
                        + " install Redis (apt-get install -y redis-server)");
            }
            Path bin = dir.resolve("redis-server");
            Files.copy(in, bin, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwx------"));
            return bin.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp dir left behind is harmless
        }
    }
}
