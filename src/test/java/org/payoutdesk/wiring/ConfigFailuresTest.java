package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.payoutdesk.sandbox.LocalAnvil;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;
import tools.jackson.databind.JsonNode;

/**
 * Bad config, bad arguments and unreachable servers, through {@code CommandLine.run} with the real
 * wiring: exit 2 (or 1 for Redis down) with one clear line, and not one key of Redis changed.
 */
class ConfigFailuresTest extends TestPoolCase {
    String login;

    @BeforeEach
    void seed() {
        login = TestPool.newLogin();
        pool.miner(login, 2_000_000_000L, 0, 0);
        pool.legacyStuck(TestPool.newLogin(), 700_000_000L, 1_700_000_000L, true);
    }

    /** The good config with one piece of text replaced. */
    private String variant(String from, String to) throws IOException {
        String text = Files.readString(Path.of(config));
        assertTrue(text.contains(from), from);
        Path file = dir.resolve("variant-" + Integer.toHexString((from + to).hashCode()) + ".json");
        Files.writeString(file, text.replace(from, to));
        return file.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"timeout\":\"10s\"|\"timeout\":\"10x\"|payouts.timeout: ",
            "\"endpoint\":\"127.0.0.1:|\"endpoint\":\"localhost|redis.endpoint: ",
            "\"threshold\":500000000|\"threshold\":\"lots\"|payouts.threshold: ",
            "\"autoGas\":true|\"autoGas\":false,\"gasPrice\":null|payouts.gasPrice: ",
            "\"address\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\"|\"address\":\"0x0\"|payouts.address: ",
            "\"receiptTimeout\":\"30s\"|\"receiptTimeout\":\"30s\",\"readOnly\":true|desk.readOnly: ",
            "\"receiptTimeout\":\"30s\"|\"receiptTimeout\":\"30s\",\"keystore\":\"key.json\"|desk.passwordFile: needed with desk.keystore",
            "\"receiptTimeout\":\"30s\"|\"receiptTimeout\":\"30s\",\"keystore\":\"key.json\",\"passwordFile\":\"missing.txt\"|desk.passwordFile: ",
            "\"receiptTimeout\":\"30s\"|\"receiptTimeout\":\"30s\",\"fees\":\"cheap\"|desk.fees: "})
    void badConfigExitsTwoWithOneLineAndWritesNothing(String from, String to, String message) throws IOException {
        Files.writeString(dir.resolve("key.json"), "{}");
        String bad = variant(from, to);
        Map<String, Object> before = pool.snapshot();
        for (String command : List.of("pay", "resolve")) {
            TestPool.Run r = pool.run(command, "--config", bad, "--yes");
            assertEquals(2, r.exit(), command + ": " + r.err() + r.out());
            assertTrue(r.err().startsWith(message), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.out());
        }
        assertEquals(before, pool.snapshot());
    }

    @Test
    void autoGasOffWithAGasPriceIsAGoodConfig() throws IOException {
        // Sanity of the variant above: autoGas off with a real gas price is a good config.
        String ok = variant("\"autoGas\":true", "\"autoGas\":false");
        assertEquals(0, pool.run("status", "--config", ok).exit());
    }

    @Test
    void badArgumentsExitTwoAndWriteNothing() {
        Map<String, Object> before = pool.snapshot();
        List<String[]> cases = List.of(
                new String[] {"pay", "--config", config, "--yes", "--max", "0"},
                new String[] {"pay", "--config", config, "--yes", "--force"},
                new String[] {"approve", login + ":abc", "--tx", "0x" + "1".repeat(64), "--config", config},
                new String[] {"approve", login + ":5", "--tx", "0x123", "--config", config},
                new String[] {"rollback", "--config", config},
                new String[] {"resolve", "--config", config, "--yes", "--tx", "0x" + "1".repeat(64)},
                new String[] {"audit", "--config", config, "--verbose"},
                new String[] {"frobnicate", "--config", config},
                new String[] {"status", "--config", dir.resolve("nope.json").toString()});
        for (String[] args : cases) {
            TestPool.Run r = pool.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), String.join(" ", args));
            assertFalse(r.err().isBlank());
        }
        assertEquals(before, pool.snapshot());
    }

    @Test
    void redisDownExitsOneWithAClearLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String down = variant("\"endpoint\":\"" + pool.redis.endpoint() + "\"", "\"endpoint\":\"127.0.0.1:" + port + "\"");
        TestPool.Run r = pool.run("status", "--config", down);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("status: Redis at 127.0.0.1:" + port + " is unreachable (PING): "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());

        TestPool.Run json = pool.run("pay", "--config", down, "--yes", "--json");
        assertEquals(1, json.exit());
        JsonNode doc = json.json();
        assertFalse(doc.get("ok").booleanValue());
        assertTrue(doc.get("error").asString().startsWith("Redis at 127.0.0.1:" + port + " is unreachable (PING): "), doc.toString());
    }

    @Test
    void nodeDownStillShowsStatusAndBlocksThePlan() throws IOException {
        String down = variant("\"daemon\":\"" + pool.anvil.rpcUrl() + "\"", "\"daemon\":\"http://127.0.0.1:1\"");
        TestPool.Run status = pool.run("status", "--config", down, "--json");
        assertEquals(0, status.exit(), status.err());
        assertFalse(status.result().get("node").get("reachable").booleanValue());
        assertTrue(status.result().get("wallet").isNull());
        TestPool.Run plan = pool.run("plan", "--config", down, "--json");
        assertEquals(0, plan.exit());
        assertFalse(plan.result().get("sendable").booleanValue());
        assertTrue(TestPool.texts(plan.result().get("blockers"), "kind").contains("NODE"));
        Map<String, Object> before = pool.snapshot();
        assertEquals(1, pool.run("pay", "--config", down, "--yes").exit());
        assertEquals(before, pool.snapshot());
    }

    @Test
    void anUnsetAddressShowsTheLedgerButNoWallet() throws IOException {
        String unset = variant("\"address\":\"" + TestPool.POOL + "\"", "\"address\":\"0x0\"");
        TestPool.Run status = pool.run("status", "--config", unset, "--json");
        assertEquals(0, status.exit(), status.err());
        assertTrue(status.err().startsWith("warning: payouts.address is \"0x0\""), status.err());
        assertTrue(status.result().get("wallet").isNull());
        assertFalse(status.result().get("signer").get("unlocked").booleanValue());
        assertTrue(status.result().get("signer").get("problem").asString().startsWith("payouts.address is not set"));
        JsonNode plan = pool.run("plan", "--config", unset, "--json").result();
        assertEquals(List.of(login), TestPool.texts(plan.get("payments"), "login"));
        assertFalse(plan.get("sendable").booleanValue());
        assertTrue(TestPool.texts(plan.get("blockers"), "kind").contains("CONFIG"), plan.toString());
        assertTrue(plan.get("wallet").isNull());
        TestPool.Run audit = pool.run("audit", "--config", unset, "--json");
        assertEquals(1, audit.exit());
        assertEquals("payouts.address is not set", audit.result().get("walletProblem").asString());
    }

    @Test
    void keystoreSignerFromTheConfig() throws Exception {
        Credentials pool0 = Credentials.create(LocalAnvil.ACCOUNT_0_KEY);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Path keystore = keys.resolve(WalletUtils.generateWalletFile("s3cret", pool0.getEcKeyPair(), keys.toFile(), false));
        Files.writeString(dir.resolve("pw.txt"), "s3cret\n");
        Files.writeString(dir.resolve("wrong.txt"), "guess\n");
        String withKey = pool.config("key.json", true, "50000000000",
                "\"keystore\":\"" + keystore + "\",\"passwordFile\":\"pw.txt\"");
        TestPool.Run r = pool.run("status", "--config", withKey, "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("keystore", r.result().get("signer").get("kind").asString());
        assertTrue(r.result().get("signer").get("unlocked").booleanValue());

        String wrong = pool.config("wrong.json", true, "50000000000",
                "\"keystore\":\"" + keystore + "\",\"passwordFile\":\"wrong.txt\"");
        Map<String, Object> before = pool.snapshot();
        TestPool.Run bad = pool.run("status", "--config", wrong);
        assertEquals(2, bad.exit());
        assertEquals("desk.keystore: cannot decrypt the keystore " + keystore + ": wrong password (or a damaged file)\n",
                bad.err());
        assertFalse(bad.err().contains("guess"));
        assertEquals(before, pool.snapshot());
    }
}
