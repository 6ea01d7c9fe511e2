package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad field gives exactly one line naming its JSON path and what is expected. */
class ConfigErrorsTest {
    private static final String REDIS = "\"redis\":{\"endpoint\":\"127.0.0.1:6379\"}";

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                arguments("{" + REDIS + "}", "coin: required (the Redis key prefix, like \"eth\")"),
                arguments("{\"coin\":\"ETH\"," + REDIS + "}",
                        "coin: expected lower-case letters and digits (the Redis key prefix, like \"eth\"), got \"ETH\""),
                arguments("{\"coin\":\"\"," + REDIS + "}",
                        "coin: expected lower-case letters and digits (the Redis key prefix, like \"eth\"), got \"\""),
                arguments("{\"coin\":5," + REDIS + "}", "coin: expected a string, got 5"),
                arguments("{\"coin\":\"eth\"}", "redis: required (the pool's redis section)"),
                arguments("{\"coin\":\"eth\",\"redis\":\"127.0.0.1:6379\"}", "redis: expected an object, got \"127.0.0.1:6379\""),
                arguments("{\"coin\":\"eth\",\"redis\":{}}",
                        "redis.endpoint: required (host:port of the pool's Redis, like \"127.0.0.1:6379\")"),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"localhost\"}}",
                        "redis.endpoint: expected host:port, got \"localhost\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\":6379\"}}", "redis.endpoint: expected host:port, got \":6379\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:port\"}}", "redis.endpoint: expected host:port, got \"h:port\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"::1:6379\"}}", "redis.endpoint: expected host:port, got \"::1:6379\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:70000\"}}",
                        "redis.endpoint: expected a port from 1 to 65535, got \"h:70000\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:1\",\"poolSize\":\"10\"}}",
                        "redis.poolSize: expected an integer, got \"10\""),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:1\",\"database\":-1}}",
                        "redis.database: expected 0 or more, got -1"),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:1\",\"database\":1.5}}",
                        "redis.database: expected an integer, got 1.5"),
                arguments("{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"h:1\",\"password\":123}}",
                        "redis.password: expected a string, got 123"),
                payouts("\"timeout\":\"10x\"", "payouts.timeout: \"10x\" is not a Go duration (like 10s, 2m, 1h30m)"),
                payouts("\"interval\":\"\"", "payouts.interval: \"\" is not a Go duration (like 10s, 2m, 1h30m)"),
                payouts("\"interval\":120", "payouts.interval: expected a string, got 120"),
                payouts("\"interval\":\"-5m\"", "payouts.interval: expected a positive duration, got \"-5m\""),
                payouts("\"timeout\":\"0\"", "payouts.timeout: expected a positive duration, got \"0\""),
                payouts("\"enabled\":\"true\"", "payouts.enabled: expected true or false, got \"true\""),
                payouts("\"autoGas\":1", "payouts.autoGas: expected true or false, got 1"),
                payouts("\"bgsave\":null,\"requirePeers\":-1", "payouts.requirePeers: expected 0 or more, got -1"),
                payouts("\"daemon\":\"127.0.0.1:8545\"",
                        "payouts.daemon: expected an http:// or https:// URL of the node, got \"127.0.0.1:8545\""),
                payouts("\"address\":\"0x12\"", "payouts.address: expected 0x and 40 hex digits, got \"0x12\""),
                payouts("\"address\":\"f39fd6e51aad88f6f4ce6ab8827279cfffb92266\"",
                        "payouts.address: expected 0x and 40 hex digits, got \"f39fd6e51aad88f6f4ce6ab8827279cfffb92266\""),
                payouts("\"address\":\"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"",
                        "payouts.address: '0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266' is in mixed case but its EIP-55 "
                                + "checksum is wrong (a typo?); check the address, or write it all in lower case"),
                payouts("\"gas\":21000", "payouts.gas: expected a decimal string like \"21000\", got 21000"),
                payouts("\"gasPrice\":\"50 gwei\"",
                        "payouts.gasPrice: expected a decimal string like \"50000000000\", got \"50 gwei\""),
                payouts("\"gasPrice\":\"-1\"", "payouts.gasPrice: expected a decimal string like \"50000000000\", got \"-1\""),
                payouts("\"threshold\":0.5",
                        "payouts.threshold: expected an integer number of Shannon (like 500000000 for 0.5 ETH), got 0.5"),
                payouts("\"threshold\":\"500000000\"",
                        "payouts.threshold: expected an integer number of Shannon (like 500000000 for 0.5 ETH), got \"500000000\""),
                payouts("\"threshold\":-1", "payouts.threshold: expected 0 or more Shannon, got -1"),
                payouts("\"threshold\":99999999999999999999",
                        "payouts.threshold: expected an integer number of Shannon (like 500000000 for 0.5 ETH), got 99999999999999999999"),
                arguments("{\"coin\":\"eth\"," + REDIS + ",\"payouts\":[]}", "payouts: expected an object, got []"),
                desk("\"confirmation\":3",
                        "desk.confirmation: unknown key (expected one of keystore, passwordFile, fees, maxFeePerGas, "
                                + "maxPriorityFeePerGas, confirmations, scanDepth, explorer, readOnly, receiptTimeout, operator, gasCeiling, feeBump, redisTls, redisUser)"),
                desk("\"ReadOnly\":true",
                        "desk.ReadOnly: unknown key (expected one of keystore, passwordFile, fees, maxFeePerGas, "
                                + "maxPriorityFeePerGas, confirmations, scanDepth, explorer, readOnly, receiptTimeout, operator, gasCeiling, feeBump, redisTls, redisUser)"),
                arguments("{\"coin\":\"eth\"," + REDIS + ",\"desk\":true}", "desk: expected an object, got true"),
                desk("\"fees\":\"1559\"", "desk.fees: expected \"legacy\" or \"eip1559\", got \"1559\""),
                desk("\"fees\":\"EIP1559\"", "desk.fees: expected \"legacy\" or \"eip1559\", got \"EIP1559\""),
                desk("\"maxFeePerGas\":30000000000",
                        "desk.maxFeePerGas: expected a decimal string like \"30000000000\", got 30000000000"),
                desk("\"maxFeePerGas\":\"100\",\"maxPriorityFeePerGas\":\"200\"",
                        "desk.maxPriorityFeePerGas: 200 is more than desk.maxFeePerGas 100"),
                desk("\"confirmations\":0", "desk.confirmations: expected 1 or more, got 0"),
                desk("\"scanDepth\":\"50000\"", "desk.scanDepth: expected an integer, got \"50000\""),
                desk("\"explorer\":\"https://etherscan.io/tx/\"",
                        "desk.explorer: expected an http(s) URL containing {hash}, like \"https://etherscan.io/tx/{hash}\", "
                                + "got \"https://etherscan.io/tx/\""),
                desk("\"readOnly\":\"yes\"", "desk.readOnly: expected true or false, got \"yes\""),
                desk("\"receiptTimeout\":\"10 minutes\"",
                        "desk.receiptTimeout: \"10 minutes\" is not a Go duration (like 10s, 2m, 1h30m)"),
                desk("\"operator\":\"  \"", "desk.operator: expected a name on one line, got \"  \""),
                desk("\"keystore\":\"\"", "desk.keystore: expected a file path, got \"\""),
                desk("\"passwordFile\":\"pw.txt\"",
                        "desk.passwordFile: set only with desk.keystore (it unlocks that keystore)"));
    }

    private static Arguments payouts(String fields, String message) {
        return arguments("{\"coin\":\"eth\"," + REDIS + ",\"payouts\":{" + fields + "}}", message);
    }

    private static Arguments desk(String fields, String message) {
        return arguments("{\"coin\":\"eth\"," + REDIS + ",\"desk\":{" + fields + "}}", message);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badConfigs")
    void badFieldIsOneLineNamingThePath(String json, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> DeskConfig.parse(json, null));
        assertEquals(message, e.getMessage());
    }
}
