package org.payoutdesk.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.payoutdesk.config.RedisAddress;
import org.payoutdesk.testing.RawRedis;

/**
 * A Sentinel deployment of the test's own: one master, one replica and three sentinels (quorum 2)
 * on loopback, tuned to notice a dead master within a fraction of a second, so a failover takes
 * about a second or two.
 */
public final class LocalSentinelGroup implements AutoCloseable {
    public static final String MASTER_NAME = "mymaster";
    static final Duration DOWN_AFTER = Duration.ofMillis(300);
    static final Duration FAILOVER_TIMEOUT = Duration.ofMillis(1000);
    private static final Duration WAIT = Duration.ofSeconds(20);

    public final LocalRedisNode master;
    public final LocalRedisNode replica;
    public final List<LocalRedisNode> sentinels = new ArrayList<>();

    private LocalSentinelGroup(LocalRedisNode master, LocalRedisNode replica) {
        this.master = master;
        this.replica = replica;
    }

    public static LocalSentinelGroup start() {
        LocalRedisNode master = LocalRedisNode.server(List.of("--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0"));
        LocalRedisNode replica = null;
        LocalSentinelGroup group = null;
        try {
            replica = LocalRedisNode.server(List.of("--replicaof", "127.0.0.1", Integer.toString(master.port()),
                    "--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0", "--replica-priority", "100"));
            group = new LocalSentinelGroup(master, replica);
            awaitReplicaInSync(master, replica);
            for (int i = 0; i < 3; i++) {
                group.sentinels.add(LocalRedisNode.sentinel(MASTER_NAME, master.port(), DOWN_AFTER, FAILOVER_TIMEOUT));
            }
            group.awaitSentinelsSeeReplica();
            return group;
        } catch (RuntimeException e) {
            if (group != null) group.close();
            else {
                master.close();
                if (replica != null) replica.close();
            }
            throw e;
        }
    }

    /** The sentinels' addresses as the pool config lists them. */
    public List<RedisAddress> sentinelAddrs() {
        return sentinels.stream().map(s -> new RedisAddress("127.0.0.1", s.port())).toList();
    }

    /** The port the first answering sentinel names as the master. */
    public int announcedMasterPort() {
        for (LocalRedisNode s : sentinels) {
            try (RawRedis r = new RawRedis("127.0.0.1", s.port())) {
                if (r.call("SENTINEL", "get-master-addr-by-name", MASTER_NAME) instanceof List<?> l && l.size() == 2) {
                    return Integer.parseInt(String.valueOf(l.get(1)));
                }
            } catch (RuntimeException next) {
                // ask the next sentinel
            }
        }
        throw new AssertionError("no sentinel names a master");
    }

    /** Waits until the sentinels announce a master other than {@code oldPort} and it answers as a master. */
    public LocalRedisNode awaitFailoverFrom(int oldPort) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int now = announcedMasterPort();
            if (now != oldPort && role(now).equals("master")) return now == master.port() ? master : replica;
            pause();
        }
        throw new AssertionError("no failover from port " + oldPort + " within " + WAIT.toSeconds() + " s; sentinel log: "
                + sentinels.getFirst().log());
    }

    /** Waits until {@code replica} has every write of {@code master} (same replication offset, link up). */
    public static void awaitReplicaInSync(LocalRedisNode master, LocalRedisNode replica) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String m = info(master.port());
            String r = info(replica.port());
            if (r.contains("master_link_status:up") && field(m, "master_repl_offset").equals(field(r, "slave_repl_offset"))
                    && m.contains("connected_slaves:1")) return;
            pause();
        }
        throw new AssertionError("replica " + replica.port() + " not in sync: " + info(replica.port()));
    }

    private void awaitSentinelsSeeReplica() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (LocalRedisNode s : sentinels) {
                try (RawRedis r = new RawRedis("127.0.0.1", s.port())) {
                    Object replicas = r.call("SENTINEL", "replicas", MASTER_NAME);
                    Object peers = r.call("SENTINEL", "sentinels", MASTER_NAME);
                    all &= replicas instanceof List<?> l && l.size() == 1 && peers instanceof List<?> p && p.size() == 2;
                }
            }
            if (all) return;
            pause();
        }
        throw new AssertionError("the sentinels do not see the replica and each other: " + sentinels.getFirst().log());
    }

    public static String role(int port) {
        try (RawRedis r = new RawRedis("127.0.0.1", port)) {
            return r.call("ROLE") instanceof List<?> l ? String.valueOf(l.getFirst()) : "?";
        } catch (RuntimeException e) {
            return "down";
        }
    }

    static String info(int port) {
        try (RawRedis r = new RawRedis("127.0.0.1", port)) {
            return String.valueOf(r.call("INFO", "replication"));
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String field(String info, String name) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith(name + ":")) return line.substring(name.length() + 1).strip();
        }
        return "?";
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        for (LocalRedisNode s : sentinels) s.close();
        replica.close();
        master.close();
    }
}
