package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * A real Redis server of our own, on a free loopback port, in a temporary directory that is
 * removed on {@link #close()}. Uses {@code redis-server} from PATH when there is one, otherwise
 * the Linux binary shipped inside the embedded-redis jar, so nothing needs installing.
 * Used by the sandbox, the tests and the benchmark.
 */
public final class LocalRedis implements AutoCloseable {
    private static final String EMBEDDED_BINARY = "/redis-server-6.2.6-v5-linux-amd64";

    private final ServerProcess server;
    private final String binary;

    private LocalRedis(ServerProcess server, String binary) {
        this.server = server;
        this.binary = binary;
    }

    public static LocalRedis start() {
        int port = ServerProcess.freePort();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("payout-desk-redis-");
            String binary = findBinary(dir);
            List<String> cmd = List.of(binary,
                    "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--daemonize", "no", "--loglevel", "warning");
            ServerProcess server = ServerProcess.start("redis-server", cmd, port, dir, Duration.ofSeconds(10),
                    "PING", () -> answersPing(port));
            return new LocalRedis(server, binary);
        } catch (IOException e) {
            if (dir != null) ServerProcess.deleteTree(dir);
            throw new UncheckedIOException("cannot start a local Redis: " + e.getMessage(), e);
        }
    }

    public String host() { return "127.0.0.1"; }

    public int port() { return server.port(); }

    /** "host:port", the form of the pool config's redis.endpoint. */
    public String endpoint() { return host() + ":" + port(); }

    /** Which binary runs: redis-server from PATH or the embedded one. */
    public String binary() { return binary; }

    public boolean isAlive() { return server.isAlive(); }

    /** Kills the server (tests use this to simulate Redis dying mid-way). */
    public void kill() { server.kill(); }

    @Override
    public void close() { server.close(); }

    static boolean answersPing(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write("PING\r\n".getBytes());
            byte[] buf = new byte[7];
            int n = s.getInputStream().read(buf);
            return n > 0 && new String(buf, 0, n).startsWith("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** redis-server from PATH, else the embedded one copied into {@code dir} (it also runs as a sentinel). */
    static String findBinary(Path dir) throws IOException {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            Path candidate = Path.of(entry, "redis-server");
            if (Files.isExecutable(candidate)) return candidate.toAbsolutePath().toString();
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
}
