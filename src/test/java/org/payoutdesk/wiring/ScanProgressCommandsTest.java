package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RedisExtension;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/**
 * resolve on a legacy stuck payment whose verdict needs a scan of a few hundred blocks: the scan's
 * progress goes to stderr (a start, an end, never a line per batch) and stdout keeps exactly the
 * documented report, one JSON document with --json.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class ScanProgressCommandsTest {
    private static final long AMOUNT = 1_100_000_000L;
    private static final Pattern START = Pattern.compile(
            "^scanning blocks (\\d+)–(\\d+) \\(([\\d,]+) blocks\\) for the transfer of (\\S+)$");

    @TempDir
    Path dir;
    TestPool pool;
    String config;
    String login;
    String member;
    long head;

    @BeforeEach
    void seed(LocalRedis redis, LocalAnvil anvil) throws IOException {
        pool = new TestPool(redis, anvil, dir);
        pool.flush();
        config = pool.config();
        login = TestPool.newLogin();
        member = login + ":" + AMOUNT;
        // The Go pool debited at the time of the current head block and died before sending; 300 blocks followed.
        long debitTime = Long.decode(pool.rpc("eth_getBlockByNumber", "[\"latest\",false]").get("timestamp").asString());
        pool.legacyStuck(login, AMOUNT, debitTime, true);
        anvil.mine(300);
        head = Long.decode(pool.rpc("eth_blockNumber", "[]").asString());
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    @Test
    void resolveJsonPrintsScanProgressOnStderrAndOneUnchangedDocumentOnStdout() {
        TestPool.Run r = pool.run("resolve", "--config", config, "--json");

        assertEquals(0, r.exit(), r.err());
        List<String> err = r.err().lines().toList();
        Matcher start = START.matcher(err.getFirst());
        assertTrue(start.matches(), r.err());
        long from = Long.parseLong(start.group(1));
        assertEquals(head, Long.parseLong(start.group(2)));
        long total = head - from + 1;
        assertTrue(total > 300, "the scan covers the blocks since the debit: " + r.err());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", total), start.group(3));
        assertEquals(member, start.group(4));
        assertTrue(err.get(1).startsWith("  scanned " + String.format(java.util.Locale.ROOT, "%,d", total) + " blocks in "),
                r.err());
        assertTrue(err.size() < total / 25, "a line every few seconds at most, not one per batch: " + err);

        // stdout: exactly the documented document, nothing else
        assertTrue(r.out().startsWith("{") && r.out().strip().endsWith("}"), r.out());
        assertFalse(r.out().contains("scanning") || r.out().contains("  scanned"), r.out());
        JsonNode doc = r.json();
        assertEquals(List.of("command", "ok", "result"), names(doc));
        assertEquals("resolve", doc.get("command").asString());
        assertTrue(doc.get("ok").booleanValue());
        assertEquals(List.of("acted", "entries", "lock", "left"), names(doc.get("result")));
        JsonNode entry = doc.get("result").get("entries").get(0);
        assertEquals(List.of("member", "login", "amountShannon", "verdict", "evidence", "txHash", "nonce", "block",
                "action", "detail"), names(entry));
        assertEquals(member, entry.get("member").asString());
        assertEquals("NOT_SENT", entry.get("verdict").asString());
        assertEquals("rollback", entry.get("action").asString());
        assertTrue(entry.get("evidence").asString().endsWith("in blocks " + from + ".." + head
                + " (every block since the debit) and nothing in the mempool"), entry.toString());
    }

    @Test
    void resolveYesShowsEachScanAndKeepsTheTextReportOnStdout() {
        TestPool.Run r = pool.run("resolve", "--config", config, "--yes");

        assertEquals(0, r.exit(), r.err() + r.out());
        List<String> err = r.err().lines().toList();
        // the verdict, then the rollback's own check before it writes: two scans, each started and ended
        assertEquals(2, err.stream().filter(l -> START.matcher(l).matches()).count(), r.err());
        assertEquals(2, err.stream().filter(l -> l.startsWith("  scanned ") && l.contains(" blocks in ")).count(), r.err());
        assertTrue(err.contains("rolled back " + member), r.err());
        assertTrue(r.out().startsWith("Pending payments: 1\n  " + member + "  NOT_SENT\n"), r.out());
        assertFalse(r.out().contains("scanning"), r.out());
        try (Jedis j = pool.jedis()) {
            assertEquals(0, j.zcard("eth:payments:pending"));
            assertEquals(Long.toString(AMOUNT), j.hget("eth:miners:" + login, "balance"));
            assertEquals("0", j.hget("eth:miners:" + login, "pending"));
        }
    }
}
