package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ConfirmTextTest {
    @Test
    void listsEveryMoneyFigureExactly() {
        ReviewTotals t = new ReviewTotals(2, 3_700_000_001L, new BigInteger("42000000000000"),
                new BigInteger("10000000000000000000"));
        String text = ConfirmText.of(t, "0xf39f", "the node's account", 31337);
        for (String s : new String[] {"Payments:        2", "3.700000001 ETH (3,700,000,001 Shannon)",
                "0.000042000 ETH (42,000,000,000,000 wei)", "Wallet now:      10.000000000 ETH (10,000,000,000,000,000,000 wei)",
                "Wallet after:    6.299957999 ETH (6,299,957,999,000,000,000 wei)", "From:            0xf39f",
                "Signed by:       the node's account", "Chain id:        31337"}) {
            assertTrue(text.contains(s), () -> "missing '" + s + "' in\n" + text);
        }
    }

    @Test
    void weiBelowAShannonIsRoundedToNineDecimalsAndMarkedWithTheExactWeiBeside() {
        BigInteger gas = BigInteger.valueOf(21_000L * 1_500_000_001L); // 31,500,000,021,000 wei
        ReviewTotals t = new ReviewTotals(1, 1_000_000_000L, gas, new BigInteger("10000000000000000000"));
        String text = ConfirmText.of(t, "0xf39f", "the node's account", 31337);
        assertTrue(text.contains("Estimated gas:   ≈ 0.000031500 ETH (31,500,000,021,000 wei)"), text);
    }
}
