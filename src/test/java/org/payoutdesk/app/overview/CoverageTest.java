package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CoverageTest {
    private static final BigInteger ETH = BigInteger.TEN.pow(18);

    @Test
    void exactlyCoveredIsHundredPercent() {
        Coverage c = new Coverage(new BigInteger("10500000000000000000"), 10_500_000_000L);
        assertTrue(c.covered());
        assertEquals("100.00 %", c.text());
        assertEquals(BigInteger.ZERO, c.shortfallWei());
    }

    @Test
    void oneWeiShortIsRedAndNeverRoundsUpToHundred() {
        Coverage c = new Coverage(new BigInteger("10499999999999999999"), 10_500_000_000L);
        assertFalse(c.covered());
        assertEquals("99.99 %", c.text());
        assertEquals(BigInteger.ONE, c.shortfallWei());
    }

    @Test
    void percentageIsRoundedDownToHundredths() {
        // 12.345678901234567890 / 10.5 = 1.175778943...
        Coverage c = new Coverage(new BigInteger("12345678901234567890"), 10_500_000_000L);
        assertEquals("117.57 %", c.text());
        assertEquals(new java.math.BigDecimal("117.57"), c.percent().orElseThrow());
        // 2 / 3 = 66.666...%: down, not 66.67
        assertEquals("66.66 %", new Coverage(ETH.multiply(BigInteger.TWO), 3_000_000_000L).text());
    }

    @Test
    void nothingOwedHasNoPercentage() {
        Coverage c = new Coverage(BigInteger.ZERO, 0);
        assertTrue(c.covered());
        assertEquals("nothing owed", c.text());
        assertTrue(c.percent().isEmpty());
    }

    @Test
    void hugeWalletsStayExact() {
        // 128,820.700000000000006532 ETH against 1 Shannon owed: no overflow, no double.
        Coverage c = new Coverage(new BigInteger("128820700000000000006532"), 1);
        assertEquals("12882070000000000.00 %", c.text());
    }
}
