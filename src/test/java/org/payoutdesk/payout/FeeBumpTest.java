package org.payoutdesk.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.payoutdesk.chain.FeeSuggestion;
import org.payoutdesk.chain.Fees;

/** The replacement fees: same type, every field up by the bump (at least 10 %), lifted to the node's suggestion, capped. */
class FeeBumpTest {
    private static final BigDecimal BUMP = new BigDecimal("12.5");

    private static BigInteger gwei(long g) {
        return BigInteger.valueOf(g).multiply(BigInteger.valueOf(1_000_000_000L));
    }

    @Test
    void eip1559RaisesBothFieldsAndRoundsUp() {
        Fees old = Fees.eip1559(BigInteger.valueOf(1_000_000_001L), BigInteger.valueOf(3));
        Fees bumped = FeeBump.bump(old, BUMP, null, null, null);
        assertEquals(Fees.Type.EIP1559, bumped.type());
        assertEquals(BigInteger.valueOf(1_125_000_002L), bumped.maxFeeWei(), "1000000001 * 1.125 = 1125000001.125, up");
        assertEquals(BigInteger.valueOf(4), bumped.maxPriorityFeeWei(), "3 * 1.125 = 3.375, up");
        assertEquals(old.gasLimit(), bumped.gasLimit());
    }

    @Test
    void theNodesSuggestionLiftsABumpThatWouldStillBeBelowTheBaseFee() {
        Fees old = Fees.eip1559(gwei(10), gwei(1));
        FeeSuggestion now = FeeSuggestion.of(gwei(40), gwei(2), true);
        Fees bumped = FeeBump.bump(old, BUMP, now, null, null);
        assertEquals(gwei(82), bumped.maxFeeWei());
        assertEquals(gwei(2), bumped.maxPriorityFeeWei());
    }

    @Test
    void legacyStaysLegacyAndIsCappedAtMaxFeePerGas() {
        Fees old = Fees.legacy(gwei(20));
        Fees bumped = FeeBump.bump(old, new BigDecimal("50"), null, gwei(21), gwei(25));
        assertEquals(Fees.Type.LEGACY, bumped.type());
        assertEquals(gwei(25), bumped.gasPriceWei(), "30 gwei capped at 25");
    }

    @Test
    void aCapBelowTheReplacementMinimumIsRefused() {
        Fees old = Fees.legacy(gwei(20));
        PaymentException e = assertThrows(PaymentException.class, () -> FeeBump.bump(old, BUMP, null, null, gwei(21)));
        assertTrue(e.getMessage().contains("at least 22 gwei") && e.getMessage().contains("above desk.maxFeePerGas 21 gwei"), e.getMessage());
    }

    @Test
    void aBumpBelowTenPercentIsRefused() {
        assertThrows(PaymentException.class, () -> FeeBump.bump(Fees.legacy(gwei(20)), new BigDecimal("9.99"), null, null, null));
    }
}
