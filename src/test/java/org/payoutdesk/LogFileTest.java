package org.payoutdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.cli.Version;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RawRpc;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.TestKeystores;
import redis.clients.jedis.Jedis;

/**
 * The operator's log as the real process writes it ({@code Main} in a child JVM, its own log set-up (LogSetup), a state
 * directory of the test's): appended by every run, shared by runs at the same time, no secret in it.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class})
class LogFileTest {
    @TempDir
    Path dir;

    private Path logFile() {
        return dir.resolve("state").resolve("payout-desk").resolve("payout-desk-" + LocalDate.now() + ".log");
    }

    private Path lastOut;

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.payoutdesk.Main"));
        cmd.addAll(List.of(args));
        lastOut = dir.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(lastOut.toFile());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        return pb.start();
    }

    private int run(String... args) throws Exception {
        Process p = start(args);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "payout-desk " + String.join(" ", args) + " did not finish");
        return p.exitValue();
    }

    private String output() {
        try {
            return Files.readString(lastOut);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String log() throws IOException {
        return Files.readString(logFile(), StandardCharsets.UTF_8);
    }

    @Test
    void twoCommandsInARowLeaveBothTheirLinesAndEachRunNamesItself() throws Exception {
        Path missing = dir.resolve("missing.json");
        assertEquals(2, run("status", "--config", missing.toString()));
        String first = log();
        assertTrue(first.contains("start " + Version.line() + " status --config " + missing + " (config " + missing + ")"), first);
        assertEquals(0, run("help"));
        String both = log();
        assertTrue(both.startsWith(first), "the second run truncated the log:\n" + both);
        assertTrue(both.contains("start " + Version.line() + " help (config none)"), both);
    }

    @Test
    void runsAtTheSameTimeBothKeepTheirLines() throws Exception {
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) runs.add(start("status", "--config", dir.resolve("at-once-" + i + ".json").toString()));
        for (Process p : runs) assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String log = log();
        for (int i = 0; i < 3; i++) assertTrue(log.contains("status --config " + dir.resolve("at-once-" + i + ".json")), log);
        for (String line : log.split("\n")) assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT.*"), "a torn line: " + line);
    }

    @Test
    void aKeystoreBatchLogsItsPaymentButNeitherThePasswordNorTheKey(LocalRedis redis, LocalAnvil anvil) throws Exception {
        Path keystore = TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, dir.resolve("keys"));
        Path password = dir.resolve("pw.txt");
        Files.writeString(password, TestKeystores.PASSWORD + "\n");
        String login = RawRpc.randomAddress();
        try (Jedis j = new Jedis(redis.host(), redis.port())) {
            j.flushAll();
            j.hset("eth:miners:" + login, Map.of("balance", "700000000", "pending", "0", "paid", "0"));
            j.hset("eth:finances", Map.of("balance", "700000000", "pending", "0", "paid", "0"));
        }
        Path config = dir.resolve("pool.json");
        Files.writeString(config, """
                {"coin":"eth","redis":{"endpoint":"%s"},
                 "payouts":{"requirePeers":0,"daemon":"%s","address":"%s","autoGas":true,"threshold":500000000},
                 "desk":{"keystore":"%s","passwordFile":"%s","receiptTimeout":"5s"}}""".formatted(redis.endpoint(),
                anvil.rpcUrl(), LocalAnvil.ACCOUNT_0, keystore, password));
        assertEquals(0, run("pay", "--config", config.toString(), "--yes"), () -> output());
        String log = log();
        assertTrue(log.contains(login), "the payment is not in the log:\n" + log);
        String key = LocalAnvil.ACCOUNT_0_KEY.substring(2);
        assertFalse(log.contains(TestKeystores.PASSWORD), "the keystore password is in the log");
        assertFalse(log.toLowerCase(java.util.Locale.ROOT).contains(key), "the private key is in the log");
        assertFalse(log.contains(new java.math.BigInteger(key, 16).toString()), "the private key (decimal) is in the log");
    }
}
