package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.config.ConfigException;
import org.payoutdesk.config.DeskConfig;
import org.payoutdesk.payout.PayoutSettings;

/** The config to engine mapping, field by field (no servers needed: nothing is opened). */
class DeskAssemblyTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldReachesTheEngine() throws ConfigException {
        DeskConfig config = DeskConfig.parse("""
                {"coin":"etc","redis":{"endpoint":"10.0.0.5:6380","database":3,"password":"pw"},
                 "payouts":{"requirePeers":7,"daemon":"http://10.0.0.6:8545","timeout":"3s",
                   "address":"0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266","gas":"30000","gasPrice":"42000000000",
                   "autoGas":false,"threshold":750000000,"bgsave":true},
                 "desk":{"fees":"eip1559","maxFeePerGas":"90000000000","maxPriorityFeePerGas":"2000000000",
                   "scanDepth":1234,"receiptTimeout":"45s","readOnly":true,"operator":"alice"}}""", dir);
        PayoutSettings expected = new PayoutSettings("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 750_000_000L, 7, false,
                BigInteger.valueOf(30_000), BigInteger.valueOf(42_000_000_000L), PayoutSettings.FeeMode.EIP1559,
                BigInteger.valueOf(90_000_000_000L), BigInteger.valueOf(2_000_000_000L), true, Duration.ofSeconds(45),
                1234, true, "alice");
        assertEquals(expected, DeskAssembly.settings(config));
        assertEquals(new org.payoutdesk.ledger.RedisEndpoint("10.0.0.5", 6380, 3, "pw", Duration.ofSeconds(3)),
                DeskAssembly.endpoint(config, config.payouts().timeout()));
    }

    @Test
    void thePoolsDefaultsAndAnUnsetAddress() throws ConfigException {
        DeskConfig config = DeskConfig.parse("""
                {"coin":"eth","redis":{"endpoint":"127.0.0.1:6379"},
                 "payouts":{"address":"0x0","autoGas":true,"gasPrice":"50000000000"}}""", dir);
        PayoutSettings s = DeskAssembly.settings(config);
        assertEquals("0x" + "0".repeat(40), s.poolAddress());
        assertEquals(500_000_000L, s.threshold());
        assertEquals(PayoutSettings.FeeMode.LEGACY, s.feeMode());
        assertEquals(null, s.maxFeeCapWei());
        assertEquals(Duration.ofMinutes(10), s.receiptTimeout());
        assertEquals(50_000, s.scanDepth());
        assertEquals(false, s.readOnly());
    }

    @Test
    void autoGasOffNeedsAGasPrice() throws ConfigException {
        DeskConfig config = DeskConfig.parse("""
                {"coin":"eth","redis":{"endpoint":"127.0.0.1:6379"},"payouts":{"autoGas":false}}""", dir);
        ConfigException e = assertThrows(ConfigException.class, () -> DeskAssembly.settings(config));
        assertEquals("payouts.gasPrice: missing while payouts.autoGas is false; set the gas price in wei"
                + " (like \"50000000000\") or \"autoGas\": true", e.getMessage());
    }
}
