package org.payoutdesk.wiring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.payoutdesk.Main;
import org.payoutdesk.cli.CommandLine;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.RawRpc;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pool for end-to-end command-line tests: the real Redis and anvil, a config.json pointing at
 * them, seeding the way the Go pool writes, a typed snapshot of every key, and plain JSON-RPC to
 * the chain (independent of the code under test).
 */
final class TestPool {
    static final String POOL = LocalAnvil.ACCOUNT_0;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }

        JsonNode result() {
            return json().get("result");
        }
    }

    final LocalRedis redis;
    final LocalAnvil anvil;
    final Path dir;

    TestPool(LocalRedis redis, LocalAnvil anvil, Path dir) {
        this.redis = redis;
        this.anvil = anvil;
        this.dir = dir;
    }

    /** A fresh payee address nobody has used on this chain. */
    static String newLogin() {
        return RawRpc.randomAddress();
    }

    Jedis jedis() {
        return new Jedis(redis.host(), redis.port());
    }

    void flush() {
        try (Jedis j = jedis()) {
            j.flushAll();
        }
    }

    /** A config.json on this Redis and anvil; {@code deskExtra} is raw JSON members of the desk section. */
    String config(String name, boolean autoGas, String gasPrice, String deskExtra) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                {"coin":"eth","redis":{"endpoint":"%s","poolSize":10,"database":0,"password":""},
                 "proxy":{"enabled":true},
                 "payouts":{"enabled":false,"requirePeers":0,"interval":"120m","daemon":"%s","timeout":"10s",
                   "address":"%s","gas":"21000","gasPrice":"%s","autoGas":%s,"threshold":500000000,
                   "bgsave":false},
                 "desk":{"operator":"tester","receiptTimeout":"30s"%s}}""".formatted(redis.endpoint(),
                anvil == null ? "http://127.0.0.1:1" : anvil.rpcUrl(), POOL, gasPrice, autoGas, deskExtra.isEmpty() ? "" : "," + deskExtra));
        return file.toString();
    }

    String config() throws IOException {
        return config("pool.json", true, "50000000000", "");
    }

    /** A miner hash as the unlocker leaves it; finances follow so the ledger invariants hold. */
    void miner(String login, long balance, long pending, long paid) {
        try (Jedis j = jedis()) {
            j.hset("eth:miners:" + login, Map.of("balance", Long.toString(balance), "pending", Long.toString(pending),
                    "paid", Long.toString(paid), "immature", "0", "lastShare", "1700000000"));
            j.hincrBy("eth:finances", "balance", balance);
            j.hincrBy("eth:finances", "pending", pending);
            j.hincrBy("eth:finances", "paid", paid);
        }
    }

    /** A legacy interrupted payment: the pool's lock and debit, no journal, no WritePayment. */
    void legacyStuck(String login, long amount, long debitTime, boolean lock) {
        miner(login, 0, amount, 0);
        try (Jedis j = jedis()) {
            j.zadd("eth:payments:pending", debitTime, login + ":" + amount);
            if (lock) j.set("eth:payments:lock", login + ":" + amount);
        }
    }

    /** Every key with its type and content, comparable with equals. */
    Map<String, Object> snapshot() {
        Map<String, Object> all = new TreeMap<>();
        try (Jedis j = jedis()) {
            for (String key : j.keys("*")) {
                String type = j.type(key);
                Object value = switch (type) {
                    case "string" -> j.get(key);
                    case "hash" -> new TreeMap<>(j.hgetAll(key));
                    case "zset" -> j.zrangeWithScores(key, 0, -1).stream().map(Tuple::toString).toList();
                    case "stream" -> j.xrange(key, "-", "+").stream().map(StreamEntry::toString).toList();
                    case "set" -> new TreeMap<>(Map.of("members", j.smembers(key).toString()));
                    case "list" -> j.lrange(key, 0, -1);
                    default -> "?";
                };
                all.put(key, type + " " + value);
            }
        }
        return all;
    }

    Run run(String... args) {
        return run(line -> { }, args);
    }

    /** A run whose progress lines (stderr) are also handed to {@code onErrLine} as they come, e.g. to kill a server mid-batch. */
    Run run(java.util.function.Consumer<String> onErrLine, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.io.OutputStream watched = new java.io.OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                err.write(b);
                if (b == '\n') {
                    onErrLine.accept(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }
        };
        int exit = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(watched, true, StandardCharsets.UTF_8), Main.wiring()).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // --- chain, by plain JSON-RPC ---

    JsonNode rpc(String method, String paramsJson) {
        return JSON.readTree(RawRpc.call(anvil.rpcUrl(), method, paramsJson)).get("result");
    }

    BigInteger balanceWei(String address) {
        return new BigInteger(rpc("eth_getBalance", "[\"" + address + "\",\"latest\"]").stringValue().substring(2), 16);
    }

    /** eth_sendTransaction from the pool, as the Go pool sends a payment; returns the hash (mined at once). */
    String sendFromPool(String to, BigInteger wei) {
        return rpc("eth_sendTransaction", "[{\"from\":\"" + POOL + "\",\"to\":\"" + to + "\",\"value\":\"0x"
                + wei.toString(16) + "\"}]").stringValue();
    }

    static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> n.get(field).isNull() ? null : n.get(field).asString()).toList();
    }
}
