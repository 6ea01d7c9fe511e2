package org.payoutdesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** desk.gasCeiling, desk.feeBump and the friends fork's payouts.keepNwFees / nwTxGas / nwTxGasPrice. */
class StuckSettingsConfigTest {
    private static final String BASE = "{\"coin\":\"eth\",\"redis\":{\"endpoint\":\"127.0.0.1:6379\"}";

    private static DeskConfig parse(String rest) throws ConfigException {
        return DeskConfig.parse(BASE + rest + "}", Path.of("."));
    }

    @Test
    void absentMeansNoCeilingTheDefaultBumpAndNoPassThrough() throws ConfigException {
        DeskConfig c = parse("");
        assertEquals(Optional.empty(), c.stuck().gasCeiling());
        assertEquals(new BigDecimal("12.5"), c.stuck().feeBumpPercent());
        assertFalse(c.networkFees().keepNwFees());
        assertEquals(BigInteger.ZERO, c.networkFees().chargeWei());
    }

    @Test
    void readsTheCeilingTheBumpAndTheForksFees() throws ConfigException {
        DeskConfig c = parse(",\"desk\":{\"gasCeiling\":\"40000000000\",\"feeBump\":20},"
                + "\"payouts\":{\"keepNwFees\":true,\"nwTxGas\":\"21000\",\"nwTxGasPrice\":\"0xba43b7400\"}");
        assertEquals(Optional.of(new BigInteger("40000000000")), c.stuck().gasCeiling());
        assertEquals(new BigDecimal("20"), c.stuck().feeBumpPercent());
        assertTrue(c.networkFees().keepNwFees());
        assertEquals(BigInteger.valueOf(21_000L * 50_000_000_000L), c.networkFees().chargeWei());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ",\"desk\":{\"gasCeiling\":40}|desk.gasCeiling: expected a decimal string like \"40000000000\", got 40",
            ",\"desk\":{\"feeBump\":5}|desk.feeBump: expected a percentage from 10 (the nodes' replacement minimum) to 1000, like 12.5, got 5",
            ",\"desk\":{\"feeBump\":\"12.5\"}|desk.feeBump: expected a percentage from 10 (the nodes' replacement minimum) to 1000, like 12.5, got \"12.5\"",
            ",\"payouts\":{\"keepNwFees\":true}|payouts.keepNwFees: needs payouts.nwTxGas and payouts.nwTxGasPrice (the fee kept is their product, in wei)",
            ",\"payouts\":{\"keepNwFees\":true,\"nwTxGas\":\"021000\",\"nwTxGasPrice\":\"1\"}|payouts.nwTxGas: \"021000\" has a leading 0, which the pool reads as octal; write it without",
            ",\"payouts\":{\"keepNwFees\":true,\"nwTxGas\":\"21000\",\"nwTxGasPrice\":\"9999999999999999999\"}|payouts.nwTxGasPrice: nwTxGas * nwTxGasPrice does not fit the fork's int64 txcharges",
    })
    void badValuesAreOneLineNamingTheField(String rest, String message) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(rest));
        assertEquals(message, e.getMessage());
    }
}
