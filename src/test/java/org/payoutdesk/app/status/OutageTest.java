package org.payoutdesk.app.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.OptionalLong;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.payoutdesk.payout.NodeState;

class OutageTest {
    @Test
    void keepsTheFirstFailureTimeAndCountsDownToTheNextRetry() {
        Outage o = new Outage("node");
        assertEquals("node up", o.text(0));
        o.failed(LocalTime.of(18, 55, 2), 0, 2_000, "connection refused");
        assertEquals("node down since 18:55:02, retrying in 2 s", o.text(0));
        assertEquals("node down since 18:55:02, retrying in 2 s", o.text(1));           // rounded up
        assertEquals("node down since 18:55:02, retrying in 1 s", o.text(1_000_000_000L));
        o.failed(LocalTime.of(18, 55, 4), 2_000_000_000L, 4_000, null);
        assertEquals("node down since 18:55:02, retrying in 4 s", o.text(2_000_000_000L));
        assertEquals("no answer", o.reason());
        assertEquals("node down since 18:55:02, retrying in 0 s", o.text(9_000_000_000L));
        assertTrue(o.down());
        o.recovered();
        assertFalse(o.down());
        o.failed(LocalTime.of(19, 0, 0), 0, 1_000, "x");
        assertEquals("node down since 19:00:00, retrying in 1 s", o.text(0));
        assertEquals("down since 19:00:00, retrying in 1 s", withName("", o));
    }

    private static String withName(String name, Outage from) {
        Outage o = new Outage(name);
        o.failed(LocalTime.of(19, 0, 0), 0, 1_000, from.reason());
        return o.text(0);
    }

    @Test
    void nodeLineSaysPeersUnknownWhenTheNodeCannotTell() {
        NodeState anvil = new NodeState(31337, 1_234, OptionalLong.empty(), false, null, BigInteger.ONE, BigInteger.ONE, null);
        assertEquals("chain 31337 · block 1,234 · peers unknown · synced", new NodeHealth(anvil, "s", true, null, false).nodeLine());
        NodeState geth = new NodeState(1, 5, OptionalLong.of(12), true, null, BigInteger.ONE, BigInteger.ONE, null);
        assertEquals("chain 1 · block 5 · 12 peers · syncing", new NodeHealth(geth, "s", true, null, false).nodeLine());
        assertEquals("0xf39f…2266", NodeHealthService.shortAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
    }

    @Test
    void feeLineShowsBaseFeeAndTipOrTheLegacyPriceAndTheCeiling() {
        BigInteger gwei = BigInteger.TEN.pow(9);
        NodeState london = new NodeState(1, 5, OptionalLong.empty(), false, null, BigInteger.ONE, BigInteger.ONE, null,
                new BigInteger("12500000000"), gwei, new BigInteger("13500000000"));
        NodeHealth cheap = new NodeHealth(london, "s", true, gwei.multiply(BigInteger.valueOf(40)), false);
        assertEquals("base fee 12.5 gwei · tip 1 gwei", cheap.feeLine());
        assertEquals("base fee 12.5 gwei · tip 1 gwei: at or below desk.gasCeiling 40 gwei", cheap.feeHint());
        NodeState odd = new NodeState(1, 5, OptionalLong.empty(), false, null, BigInteger.ONE, BigInteger.ONE, null,
                new BigInteger("586298878"), new BigInteger("1000000001"), null);
        NodeHealth shown = new NodeHealth(odd, "s", true, null, false);
        assertEquals("base fee 0.586 gwei · tip 1 gwei", shown.feeLine(), "3 digits in the bar");
        assertTrue(shown.feeHint().startsWith("base fee 0.586298878 gwei · tip 1.000000001 gwei"), "exact on hover");
        NodeHealth dear = new NodeHealth(london, "s", true, gwei.multiply(BigInteger.TEN), true);
        assertEquals("base fee 12.5 gwei · tip 1 gwei: above desk.gasCeiling 10 gwei, payouts deferred until it falls", dear.feeHint());
        NodeState legacy = new NodeState(61, 5, OptionalLong.empty(), false, null, BigInteger.ONE, BigInteger.ONE, null,
                null, null, new BigInteger("2000000001"));
        assertEquals("gas price 2 gwei", new NodeHealth(legacy, "s", true, null, false).feeLine());
        assertEquals("gas price 2.000000001 gwei (no desk.gasCeiling set: batches start at any fee)",
                new NodeHealth(legacy, "s", true, null, false).feeHint());
        NodeState unknown = new NodeState(61, 5, OptionalLong.empty(), false, null, BigInteger.ONE, BigInteger.ONE, null);
        assertEquals("fees unknown", new NodeHealth(unknown, "s", true, null, false).feeLine());
    }
}
