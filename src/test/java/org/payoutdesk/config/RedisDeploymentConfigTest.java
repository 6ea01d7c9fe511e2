package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The redis section's Sentinel keys as open-etc-pool-friends reads them, rediss://, desk.redisTls and desk.redisUser. */
class RedisDeploymentConfigTest {
    private static final Path BASE = Path.of("/etc/pool");
    private static final String SENTINELS = "\"sentinelAddrs\":[\"10.0.0.1:26379\",\"[::1]:26389\"]";

    private static RedisConfig redis(String redis, String desk) throws ConfigException {
        return DeskConfig.parse("{\"coin\":\"eth\",\"redis\":{" + redis + "}" + (desk == null ? "" : ",\"desk\":{" + desk + "}") + "}",
                BASE).redis();
    }

    private static String error(String redis, String desk) {
        return assertThrows(ConfigException.class, () -> redis(redis, desk)).getMessage();
    }

    @Test
    void sentinelNeedsEnabledAMasterNameAndAddressesLikeTheFork() throws ConfigException {
        RedisConfig on = redis("\"endpoint\":\"127.0.0.1:6379\",\"password\":\"pw\",\"database\":1,\"sentinelEnabled\":true,"
                + "\"masterName\":\"mymaster\"," + SENTINELS, null);
        assertEquals(Optional.of(new RedisSentinel("mymaster", List.of(new RedisAddress("10.0.0.1", 26379),
                new RedisAddress("::1", 26389)))), on.deployment().sentinel());
        assertEquals("mymaster via sentinels 10.0.0.1:26379,[::1]:26389", on.endpoint());
        assertEquals("pw", on.password());
        assertEquals(1, on.database());
        // Any of the three missing: the fork uses the endpoint, and so do we.
        for (String r : List.of("\"sentinelEnabled\":false,\"masterName\":\"mymaster\"," + SENTINELS,
                "\"sentinelEnabled\":true,\"masterName\":\"\"," + SENTINELS,
                "\"sentinelEnabled\":true,\"masterName\":\"mymaster\",\"sentinelAddrs\":[]")) {
            RedisConfig off = redis("\"endpoint\":\"127.0.0.1:6379\"," + r, null);
            assertEquals(Optional.empty(), off.deployment().sentinel(), r);
            assertEquals("127.0.0.1:6379", off.endpoint());
        }
        // Go's encoding/json matches keys case-insensitively.
        assertEquals("m", redis("\"SentinelEnabled\":true,\"MASTERNAME\":\"m\"," + SENTINELS, null)
                .deployment().sentinel().orElseThrow().masterName());
    }

    @Test
    void withSentinelTheEndpointMayBeAbsent() throws ConfigException {
        RedisConfig c = redis("\"sentinelEnabled\":true,\"masterName\":\"mymaster\"," + SENTINELS, null);
        assertEquals("", c.host());
        assertEquals(0, c.port());
        assertEquals("redis.endpoint: required (host:port of the pool's Redis, like \"127.0.0.1:6379\")",
                error("\"sentinelEnabled\":false,\"masterName\":\"mymaster\"," + SENTINELS, null));
    }

    @Test
    void aRedissEndpointIsTlsWithTheJvmsTrustStore() throws ConfigException {
        RedisConfig c = redis("\"endpoint\":\"rediss://redis.example:6380\"", null);
        assertEquals("redis.example", c.host());
        assertEquals(6380, c.port());
        assertEquals(Optional.of(RedisTls.systemTrust()), c.deployment().tls());
        assertEquals(Optional.empty(), redis("\"endpoint\":\"redis://h:1\"", null).deployment().tls());
    }

    @Test
    void deskRedisTlsAndRedisUser() throws ConfigException {
        RedisConfig c = redis("\"endpoint\":\"h:6380\",\"password\":\"pw\"",
                "\"redisTls\":{\"caFile\":\"tls/ca.crt\",\"certFile\":\"/k/c.crt\",\"keyFile\":\"/k/c.key\",\"verifyHost\":false},"
                        + "\"redisUser\":\"desk\"");
        assertEquals(Optional.of(new RedisTls(Optional.of(BASE.resolve("tls/ca.crt")), Optional.of(Path.of("/k/c.crt")),
                Optional.of(Path.of("/k/c.key")), false)), c.deployment().tls());
        assertEquals(Optional.of("desk"), c.deployment().user());
        assertEquals(true, redis("\"endpoint\":\"h:1\"", "\"redisTls\":{}").deployment().tls().orElseThrow().verifyHost());
        assertEquals("RedisConfig[h:6380/0, poolSize=10, tls, user=desk, password=***]", c.toString());
    }

    @Test
    void badValuesAreOneLineNamingTheField() {
        assertEquals("redis.sentinelAddrs: expected a list of \"host:port\", got \"10.0.0.1:26379\"",
                error("\"endpoint\":\"h:1\",\"sentinelAddrs\":\"10.0.0.1:26379\"", null));
        assertEquals("redis.sentinelAddrs[1]: expected host:port, got \"nohost\"",
                error("\"endpoint\":\"h:1\",\"sentinelAddrs\":[\"a:1\",\"nohost\"]", null));
        assertEquals("redis.sentinelEnabled: expected true or false, got \"yes\"",
                error("\"endpoint\":\"h:1\",\"sentinelEnabled\":\"yes\"", null));
        assertEquals("desk.redisTls.keyFile: required with certFile (the client certificate's key)",
                error("\"endpoint\":\"h:1\"", "\"redisTls\":{\"certFile\":\"c.crt\"}"));
        assertEquals("desk.redisTls.ca: unknown key (expected one of caFile, certFile, keyFile, verifyHost)",
                error("\"endpoint\":\"h:1\"", "\"redisTls\":{\"ca\":\"c.crt\"}"));
        assertEquals("desk.redisTls: expected an object like {\"caFile\": \"ca.crt\"}, got true",
                error("\"endpoint\":\"h:1\"", "\"redisTls\":true"));
        assertEquals("desk.redisUser: expected a Redis ACL user name, got \" \"",
                error("\"endpoint\":\"h:1\"", "\"redisUser\":\" \""));
        assertEquals("redis.endpoint: expected host:port, got \"rediss://h\"", error("\"endpoint\":\"rediss://h\"", null));
    }
}
