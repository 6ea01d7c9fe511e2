package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.shared.Figure;
import org.payoutdesk.payout.NodeState;

/** The Overview's coverage card from a reading, without a window: 9 decimals, exact wei on hover. */
class OverviewFiguresTest {
    private static WalletReading reading(String walletWei, long owedShannon) {
        NodeState node = new NodeState(31337, 1, OptionalLong.empty(), false, null, new BigInteger(walletWei),
                BigInteger.ONE, null);
        return new WalletReading(node, BigInteger.valueOf(owedShannon), List.of(), null);
    }

    private static Figure figure(List<Figure> figures, String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aWalletOneWeiShortReadsShortByOneShannonNeverByNothing() {
        List<Figure> card = OverviewFigures.coverage(true, reading("10499999999999999999", 10_500_000_000L), null);
        assertEquals(List.of("wallet", "owed", "coverage", "shortfall"), card.stream().map(Figure::id).toList());
        assertEquals("10.499999999 ETH", figure(card, "wallet").text());
        assertEquals("10,499,999,999,999,999,999 wei", figure(card, "wallet").hint());
        assertEquals("0.000000001 ETH", figure(card, "shortfall").text());
        assertEquals("1 wei", figure(card, "shortfall").hint());
        assertEquals(List.of("danger-text"), figure(card, "coverage").styles());
    }

    @Test
    void withoutANodeTheCardSaysSoAndCoverageIsUnknown() {
        List<Figure> card = OverviewFigures.coverage(false, null, null);
        assertEquals("no node configured", figure(card, "wallet").text());
        assertEquals("unknown", figure(card, "coverage").text());
        NodeState down = NodeState.unreachable("connection refused");
        List<Figure> unreachable = OverviewFigures.coverage(true, new WalletReading(down, BigInteger.ZERO, List.of(), null), null);
        assertEquals("node unreachable", figure(unreachable, "wallet").text());
        assertEquals("connection refused", figure(unreachable, "wallet").hint());
    }
}
