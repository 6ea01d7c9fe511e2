package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.config.RedisAddress;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedisNode;
import org.payoutdesk.sandbox.LocalSentinelGroup;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.GoPoolFixture;
import tools.jackson.databind.JsonNode;

/** `status` and `pay` from a config with the friends fork's Sentinel keys; a bad deployment is one line. */
@ExtendWith(AnvilExtension.class)
class RedisDeploymentCommandsTest {
    static LocalSentinelGroup group;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        group = LocalSentinelGroup.start();
    }

    @AfterAll
    static void stop() {
        if (group != null) group.close();
    }

    /** The endpoint points nowhere: with Sentinel on, only the sentinels are asked. */
    private static String config(LocalAnvil anvil, String masterName, String sentinels, String desk) throws IOException {
        Path file = dir.resolve("pool-" + masterName + desk.hashCode() + ".json");
        Files.writeString(file, """
                {"coin":"eth","redis":{"endpoint":"127.0.0.1:1","poolSize":10,"database":0,"password":"",
                   "sentinelEnabled":true,"masterName":"%s","sentinelAddrs":[%s]},
                 "payouts":{"requirePeers":0,"daemon":"%s","timeout":"10s","address":"%s","autoGas":true,
                   "threshold":500000000},
                 "desk":{"operator":"tester"%s}}""".formatted(masterName, sentinels, anvil.rpcUrl(), TestPool.POOL, desk));
        return file.toString();
    }

    private static String sentinels() {
        return group.sentinelAddrs().stream().map(a -> "\"" + a.display() + "\"").collect(Collectors.joining(","));
    }

    @Test
    void statusAndPayGoThroughTheSentinels(LocalAnvil anvil) throws IOException {
        TestPool pool = new TestPool(null, anvil, dir);
        String login = TestPool.newLogin();
        try (GoPoolFixture f = new GoPoolFixture("127.0.0.1", group.master.port(), "eth")) {
            f.credit(login, 900_000_000L);
        }
        String config = config(anvil, LocalSentinelGroup.MASTER_NAME, sentinels(), "");
        TestPool.Run text = pool.run("status", "--config", config);
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Master    127.0.0.1:" + group.master.port()
                + "  plain TCP, Sentinel master mymaster, 1 replica(s)"), text.out());
        JsonNode redis = pool.run("status", "--config", config, "--json").result().get("redis");
        assertEquals("127.0.0.1:" + group.master.port(), redis.get("master").asString());
        assertEquals("mymaster", redis.get("sentinelMaster").asString());
        assertEquals(false, redis.get("tls").booleanValue());
        assertEquals(1, redis.get("replicas").intValue());

        TestPool.Run pay = pool.run("pay", "--config", config, "--yes", "--json");
        assertEquals(0, pay.exit(), pay.out() + pay.err());
        assertEquals(900_000_000L * 1_000_000_000L, pool.balanceWei(login).longValueExact());
    }

    @Test
    void anUnknownMasterNameOrNoSentinelIsOneLine(LocalAnvil anvil) throws IOException {
        TestPool pool = new TestPool(null, anvil, dir);
        TestPool.Run unknown = pool.run("status", "--config", config(anvil, "nosuchmaster", sentinels(), ""));
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("the sentinels do not know a master named 'nosuchmaster' (redis.masterName)"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());

        int nobody = LocalRedisNode.freePort();
        TestPool.Run down = pool.run("status", "--config", config(anvil, "mymaster",
                "\"" + new RedisAddress("127.0.0.1", nobody).display() + "\"", ""));
        assertEquals(1, down.exit());
        assertTrue(down.err().contains("no sentinel answers at 127.0.0.1:" + nobody + " (redis.sentinelAddrs)"), down.err());
        assertEquals(1, down.err().strip().lines().count(), down.err());
    }

    @Test
    void aMissingCaFileIsABadConfig(LocalAnvil anvil) throws IOException {
        TestPool pool = new TestPool(null, anvil, dir);
        TestPool.Run run = pool.run("status", "--config", config(anvil, "mymaster", sentinels(),
                ",\"redisTls\":{\"caFile\":\"missing-ca.crt\"}"));
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("desk.redisTls.caFile: " + dir.resolve("missing-ca.crt") + " is missing or not readable"), run.err());
    }
}
