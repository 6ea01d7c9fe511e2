package org.payoutdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One redis-server process of a test's own deployment, LocalRedis style (free loopback port, temporary
 * directory removed on close, the same binary): a server with extra arguments (TLS, a replica) or a
 * sentinel. Always listens on a plain loopback {@link #port()} for the test's own set-up and checks.
 * {@link #freeze()} / {@link #thaw()} stop and continue the process (SIGSTOP / SIGCONT).
 */
public final class LocalRedisNode implements AutoCloseable {
    private final ServerProcess server;

    private LocalRedisNode(ServerProcess server) {
        this.server = server;
    }

    /** A redis-server on a free port with {@code extra} arguments (like "--tls-port", "6390", ...). */
    public static LocalRedisNode server(List<String> extra) {
        return server(ServerProcess.freePort(), extra);
    }

    public static LocalRedisNode server(int port, List<String> extra) {
        Path dir = ServerProcess.tempDir("payout-desk-redis-node-");
        try {
            List<String> cmd = new ArrayList<>(List.of(LocalRedis.findBinary(dir),
                    "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--daemonize", "no", "--loglevel", "notice"));
            cmd.addAll(extra);
            return new LocalRedisNode(ServerProcess.start("redis-server", cmd, port, dir, Duration.ofSeconds(10),
                    "PING", () -> LocalRedis.answersPing(port)));
        } catch (IOException e) {
            ServerProcess.deleteTree(dir);
            throw new UncheckedIOException("cannot start redis-server: " + e.getMessage(), e);
        }
    }

    /**
     * A sentinel watching {@code masterName} at 127.0.0.1:{@code masterPort} with quorum 2, noticing a
     * dead master after {@code downAfter} and retrying a failover after {@code failoverTimeout}.
     */
    public static LocalRedisNode sentinel(String masterName, int masterPort, Duration downAfter, Duration failoverTimeout) {
        int port = ServerProcess.freePort();
        Path dir = ServerProcess.tempDir("payout-desk-sentinel-");
        try {
            Path conf = dir.resolve("sentinel.conf");
            Files.writeString(conf, String.join("\n",
                    "port " + port,
                    "bind 127.0.0.1",
                    "dir " + dir,
                    "sentinel monitor " + masterName + " 127.0.0.1 " + masterPort + " 2",
                    "sentinel down-after-milliseconds " + masterName + " " + downAfter.toMillis(),
                    "sentinel failover-timeout " + masterName + " " + failoverTimeout.toMillis(),
                    "sentinel parallel-syncs " + masterName + " 1", ""));
            List<String> cmd = List.of(LocalRedis.findBinary(dir), conf.toString(), "--sentinel");
            return new LocalRedisNode(ServerProcess.start("redis-sentinel", cmd, port, dir, Duration.ofSeconds(10),
                    "PING", () -> LocalRedis.answersPing(port)));
        } catch (IOException e) {
            ServerProcess.deleteTree(dir);
            throw new UncheckedIOException("cannot start redis-sentinel: " + e.getMessage(), e);
        }
    }

    /** A free loopback port, for a second listener the test configures (a tls-port). */
    public static int freePort() { return ServerProcess.freePort(); }

    public int port() { return server.port(); }

    public Path dir() { return server.dir(); }

    public boolean isAlive() { return server.isAlive(); }

    /** SIGSTOP: the process keeps its sockets but answers nothing (a replica that falls behind). */
    public void freeze() { signal("-STOP"); }

    /** SIGCONT after {@link #freeze()}. */
    public void thaw() { signal("-CONT"); }

    /** Kills it at once (a master that dies). */
    public void kill() { server.kill(); }

    /** The tail of its log, for a failure message. */
    public String log() {
        try {
            String log = Files.readString(dir().resolve(server.name() + ".log"));
            return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void signal(String which) {
        try {
            Process kill = new ProcessBuilder("kill", which, Long.toString(server.process().pid())).inheritIO().start();
            if (kill.waitFor() != 0) throw new IllegalStateException("kill " + which + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server.isAlive()) thaw();
        server.close();
    }
}
