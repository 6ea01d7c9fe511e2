package org.payoutdesk.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ShannonTest {
    @Test
    void convertsExactlyBetweenShannonAndWei() {
        assertEquals(new BigInteger("500000000000000000"), Shannon.toWei(500_000_000L));
        assertEquals(new BigInteger("9223372036854775807000000000"), Shannon.toWei(Long.MAX_VALUE));
        assertEquals(1L, Shannon.fromWeiExact(new BigInteger("1000000000")));
        assertThrows(ArithmeticException.class, () -> Shannon.fromWeiExact(new BigInteger("1000000001")));
        assertEquals(1L, Shannon.fromWeiFloor(new BigInteger("1999999999")));
    }

    @Test
    void formatsEthWithoutRounding() {
        assertEquals("0.5", Shannon.formatEth(500_000_000L));
        assertEquals("0.000000001", Shannon.formatEth(1L));
        assertEquals("123456789.123456789", Shannon.formatEth(123_456_789_123_456_789L));
        assertEquals("-2", Shannon.formatEth(-2_000_000_000L));
        assertEquals("0", Shannon.formatEth(0L));
        assertEquals("1.000000000", Shannon.formatEthFixed(1_000_000_000L));
        assertEquals("0.000000001000000001", Shannon.formatWeiAsEth(new BigInteger("1000000001")));
        assertEquals("2", Shannon.formatWeiAsEth(new BigInteger("2000000000000000000")));
    }

    @Test
    void parsesEthAndRefusesSubShannon() {
        assertEquals(1_500_000_000L, Shannon.parseEth("1.5"));
        assertEquals(1L, Shannon.parseEth("0.000000001"));
        assertThrows(ArithmeticException.class, () -> Shannon.parseEth("0.0000000001"));
    }
}
