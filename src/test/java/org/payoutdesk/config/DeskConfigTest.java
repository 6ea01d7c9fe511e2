package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskConfigTest {
    /** The pool's own config.example.json (sammy007/open-ethereum-pool), every section. */
    static final String POOL_EXAMPLE = """
            {
              "threads": 2,
              "coin": "eth",
              "name": "main",
              "proxy": {
                "enabled": true, "listen": "0.0.0.0:8888", "limitHeadersSize": 1024, "limitBodySize": 256,
                "behindReverseProxy": false, "blockRefreshInterval": "120ms", "stateUpdateInterval": "3s",
                "difficulty": 2000000000, "hashrateExpiration": "3h", "healthCheck": true, "maxFails": 100,
                "stratum": { "enabled": true, "listen": "0.0.0.0:8008", "timeout": "120s", "maxConn": 8192 },
                "policy": {
                  "workers": 8, "resetInterval": "60m", "refreshInterval": "1m",
                  "banning": { "enabled": false, "ipset": "blacklist", "timeout": 1800, "invalidPercent": 30,
                               "checkThreshold": 30, "malformedLimit": 5 },
                  "limits": { "enabled": false, "limit": 30, "grace": "5m", "limitJump": 10 }
                }
              },
              "api": {
                "enabled": true, "purgeOnly": false, "purgeInterval": "10m", "listen": "0.0.0.0:8080",
                "statsCollectInterval": "5s", "hashrateWindow": "30m", "hashrateLargeWindow": "3h",
                "luckWindow": [64, 128, 256], "payments": 30, "blocks": 50
              },
              "upstreamCheckInterval": "5s",
              "upstream": [
                { "name": "main", "url": "http://127.0.0.1:8545", "timeout": "10s" },
                { "name": "backup", "url": "http://127.0.0.2:8545", "timeout": "10s" }
              ],
              "redis": { "endpoint": "127.0.0.1:6379", "poolSize": 10, "database": 0, "password": "" },
              "unlocker": {
                "enabled": false, "poolFee": 1.0, "poolFeeAddress": "", "donate": true, "depth": 120,
                "immatureDepth": 20, "keepTxFees": false, "interval": "10m",
                "daemon": "http://127.0.0.1:8545", "timeout": "10s"
              },
              "payouts": {
                "enabled": false, "requirePeers": 25, "interval": "120m",
                "daemon": "http://127.0.0.1:8545", "timeout": "10s",
                "address": "0x0", "gas": "21000", "gasPrice": "50000000000", "autoGas": true,
                "threshold": 500000000, "bgsave": false
              },
              "newrelicEnabled": false, "newrelicName": "MyEtherProxy",
              "newrelicKey": "SECRET_LICENSE_KEY", "newrelicVerbose": false
            }
            """;

    static final String MINIMAL = """
            {"coin": "etc", "redis": {"endpoint": "10.0.0.5:6380"}}
            """;

    @Test
    void readsThePoolsExampleConfigExactly() throws Exception {
        DeskConfig c = DeskConfig.parse(POOL_EXAMPLE, Path.of("/etc/pool"));
        assertEquals("eth", c.coin());
        assertEquals(new RedisConfig("127.0.0.1", 6379, 10, 0, ""), c.redis());
        assertEquals("127.0.0.1:6379", c.redis().endpoint());
        assertEquals(new PayoutsConfig(false, 25, Duration.ofMinutes(120), "http://127.0.0.1:8545",
                Duration.ofSeconds(10), "0x0", BigInteger.valueOf(21000),
                Optional.of(new BigInteger("50000000000")), true, 500_000_000L, false), c.payouts());
        assertFalse(c.payouts().hasAddress());
        assertEquals(DeskSettings.defaults(), c.desk());
    }

    @Test
    void theShippedExampleLoadsWithItsDeskSection(@TempDir Path dir) throws Exception {
        // resources/dist holds the operator-facing files; tests run from the project root.
        DeskConfig c = DeskConfig.load(Path.of("resources", "dist", "config.example.json"));
        assertEquals("eth", c.coin());
        assertEquals(500_000_000L, c.payouts().threshold());
        assertEquals(new DeskSettings(Optional.empty(), Optional.empty(), FeeMode.LEGACY,
                Optional.of(new BigInteger("100000000000")), Optional.of(new BigInteger("2000000000")), 1, 50_000,
                Optional.of("https://etherscan.io/tx/{hash}"), false, Duration.ofMinutes(10), "pool-admin"), c.desk());
        assertEquals(Optional.of("https://etherscan.io/tx/0xab"), c.desk().explorerLink("0xab"));
    }

    @Test
    void absentFieldsGetThePoolsDefaults() throws Exception {
        DeskConfig c = DeskConfig.parse(MINIMAL, null);
        assertEquals(new RedisConfig("10.0.0.5", 6380, 10, 0, ""), c.redis());
        assertEquals(PayoutsConfig.defaults(), c.payouts());
        assertEquals(500_000_000L, c.payouts().threshold());
        assertEquals(BigInteger.valueOf(21000), c.payouts().gas());
        assertEquals(Optional.empty(), c.payouts().gasPrice());
        assertEquals(DeskSettings.defaults(), c.desk());
        assertEquals(FeeMode.LEGACY, c.desk().fees());
        assertEquals(1, c.desk().confirmations());
        assertEquals(50_000, c.desk().scanDepth());
        assertEquals(Duration.ofMinutes(10), c.desk().receiptTimeout());
        assertEquals(System.getProperty("user.name"), c.desk().operator());
    }

    @Test
    void thresholdDefaultsTo500000000WhenThePayoutsSectionLacksIt() throws Exception {
        DeskConfig c = DeskConfig.parse("""
                {"coin":"eth","redis":{"endpoint":"h:1"},"payouts":{"enabled":true}}""", null);
        assertEquals(500_000_000L, c.payouts().threshold());
        assertTrue(c.payouts().enabled());
    }

    @Test
    void poolKeysMatchCaseInsensitivelyLikeGo() throws Exception {
        DeskConfig c = DeskConfig.parse("""
                {"Coin":"ubq","Redis":{"Endpoint":"[::1]:7000","POOLSIZE":0,"database":3,"password":"pw"},
                 "payouts":{"Threshold":1000,"address":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"}}""", null);
        assertEquals("ubq", c.coin());
        assertEquals(new RedisConfig("::1", 7000, 10, 3, "pw"), c.redis());
        assertEquals("[::1]:7000", c.redis().endpoint());
        assertEquals(1000L, c.payouts().threshold());
        assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", c.payouts().payingAddress());
        assertFalse(c.redis().toString().contains("pw"));
    }

    @Test
    void fullDeskSectionWithRelativePathsResolvedAgainstTheConfigFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pool.json");
        Files.writeString(file, """
                {"coin":"eth","redis":{"endpoint":"127.0.0.1:6379"},
                 "desk":{"keystore":"keys/pool.json","passwordFile":"/secret/pw","fees":"eip1559",
                         "maxFeePerGas":"30000000000","maxPriorityFeePerGas":"0x77359400","confirmations":12,
                         "scanDepth":1000,"explorer":"https://etc.blockscout.com/tx/{hash}","readOnly":true,
                         "receiptTimeout":"1h30m","operator":"alice"}}""");
        DeskSettings d = DeskConfig.load(file).desk();
        assertEquals(new DeskSettings(Optional.of(dir.toAbsolutePath().resolve("keys/pool.json")),
                Optional.of(Path.of("/secret/pw")), FeeMode.EIP1559, Optional.of(new BigInteger("30000000000")),
                Optional.of(new BigInteger("2000000000")), 12, 1000,
                Optional.of("https://etc.blockscout.com/tx/{hash}"), true, Duration.ofMinutes(90), "alice"), d);
    }

    @Test
    void payingFromThePlaceholderAddressIsRefusedWithOneLine() throws Exception {
        DeskConfig c = DeskConfig.parse(POOL_EXAMPLE, null);
        ConfigException e = assertThrows(ConfigException.class, () -> c.payouts().payingAddress());
        assertEquals("payouts.address: \"0x0\" is not the pool's wallet; set it to the address payouts are sent from",
                e.getMessage());
    }

    @Test
    void missingFileIsOneLine(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        ConfigException e = assertThrows(ConfigException.class, () -> DeskConfig.load(file));
        assertEquals(file + ": no such config file", e.getMessage());
    }

    @Test
    void invalidJsonIsOneLineWithThePosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"coin\": \"eth\",\n  \"redis\": {\"endpoint\": }\n}", StandardCharsets.UTF_8);
        ConfigException e = assertThrows(ConfigException.class, () -> DeskConfig.load(file));
        assertTrue(e.getMessage().startsWith(file + ": invalid JSON at line 3, column "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void emptyFileAndTrailingGarbageAreRefused() {
        assertEquals("config: empty file, expected the pool's JSON config",
                assertThrows(ConfigException.class, () -> DeskConfig.parse("  ", null)).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> DeskConfig.parse(MINIMAL + " {}", null))
                .getMessage().startsWith("config: invalid JSON"));
        assertEquals("config: expected a JSON object at the top level, got [1,2]",
                assertThrows(ConfigException.class, () -> DeskConfig.parse("[1,2]", null)).getMessage());
    }

    @Test
    void theSandboxCanBuildOneInCode() {
        DeskConfig c = new DeskConfig("eth", RedisConfig.local(40000),
                PayoutsConfig.defaults().withWallet("http://127.0.0.1:8546", "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                DeskSettings.defaults());
        assertEquals("127.0.0.1:40000", c.redis().endpoint());
        assertTrue(c.payouts().hasAddress());
        assertThrows(IllegalArgumentException.class, () -> new DeskConfig("ETH", c.redis(), c.payouts(), c.desk()));
    }
}
