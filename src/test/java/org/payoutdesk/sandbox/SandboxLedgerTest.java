package org.payoutdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.payoutdesk.ledger.RedisEndpoint;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.ScanParams;

class SandboxLedgerTest {
    @Test
    void startsASeededRedisAndKillsItOnClose() {
        SeedSpec spec = SeedSpec.defaults().withMiners(300).withNow(Instant.parse("2026-11-23T12:00:00Z"));
        SandboxLedger sandbox = SandboxLedger.start(spec);
        RedisEndpoint endpoint = sandbox.endpoint();
        try {
            assertEquals("eth", sandbox.coin());
            assertEquals(300, sandbox.summary().minerCount());
            assertEquals("127.0.0.1", endpoint.host());
            try (Jedis j = new Jedis(endpoint.host(), endpoint.port())) {
                var keys = j.scan(ScanParams.SCAN_POINTER_START, new ScanParams().match("eth:miners:*").count(10_000));
                assertEquals(ScanParams.SCAN_POINTER_START, keys.getCursor());
                assertEquals(300, keys.getResult().size());
                assertEquals(Long.toString(sandbox.summary().totalBalance()), j.hget("eth:finances", "balance"));
                assertEquals(sandbox.summary().stuckPayments().get(1).member(), j.get("eth:payments:lock"));
            }
        } finally {
            sandbox.close();
        }
        assertFalse(sandbox.redis().isAlive());
        sandbox.close(); // twice is harmless
        assertThrows(JedisConnectionException.class, () -> {
            try (Jedis j = new Jedis(endpoint.host(), endpoint.port())) {
                j.ping();
            }
        });
    }

    @Test
    void aFailingSenderLeavesNoRedisBehind() {
        SeedSpec spec = SeedSpec.defaults().withMiners(50);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SandboxLedger.start(spec,
                (from, to, wei) -> {
                    throw new IllegalStateException("node down");
                }));
        assertTrue(e.getMessage().contains("node down"));
    }
}
