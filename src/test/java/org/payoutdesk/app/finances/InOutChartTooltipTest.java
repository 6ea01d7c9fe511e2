package org.payoutdesk.app.finances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.fx;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.payout.FinancesDay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's bars get their exact-wei tooltip when the pointer first comes over them, not 360 Tooltips at
 * once for 90 days: before a hover no bar has one; after it, the bar hovered has its day's exact amount.
 */
@ExtendWith(ApplicationExtension.class)
class InOutChartTooltipTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static final String TOOLTIP = "javafx.scene.control.Tooltip"; // where Tooltip.install keeps it
    private InOutChart chart;

    @Start
    void start(Stage stage) {
        chart = new InOutChart();
        stage.setScene(new Scene(chart, 1000, 400));
        stage.show();
    }

    @Test
    void aBarsTooltipIsMadeOnFirstHoverWithTheExactWei(FxRobot robot) throws Exception {
        LocalDate first = LocalDate.of(2026, 9, 1);
        List<FinancesDay> days = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            days.add(new FinancesDay(first.plusDays(i), 1, BigInteger.TEN.pow(18), BigInteger.valueOf(1_000_000_000L + i),
                    BigInteger.valueOf(123_456_789L + i), 1, BigInteger.valueOf(500_000_000L), BigInteger.valueOf(21_000L)));
        }
        fx(() -> {
            chart.setDays(days);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> bars = fx(() -> List.copyOf(chart.lookupAll(".chart-bar")));
        assertEquals(4 * 90, bars.size());
        assertTrue(fx(() -> bars.stream().noneMatch(b -> b.getProperties().containsKey(TOOLTIP))),
                "no Tooltip is made before a bar is hovered");

        // The first "Credited to miners" bar (series 0) of the last day: 1,000,000,089 Shannon = that many e9 wei.
        Node bar = fx(() -> bars.stream().filter(b -> b.getStyleClass().contains("series0")).reduce((a, b) -> b).orElseThrow());
        assertNull(fx(() -> bar.getProperties().get(TOOLTIP)));
        fx(() -> {
            Event.fireEvent(bar, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, javafx.scene.input.MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
            return null;
        });
        Tooltip tip = fx(() -> (Tooltip) bar.getProperties().get(TOOLTIP));
        assertTrue(tip != null && tip.getText().contains("1,000,000,089,000,000,000 wei"), tip == null ? "none" : tip.getText());
        assertTrue(tip.getText().startsWith("2026-11-29  Credited to miners"), tip.getText());

        // A refresh with the same days moves the bars it has (no 360 new nodes) and updates the tooltip shown.
        List<FinancesDay> again = days.stream().map(d -> new FinancesDay(d.day(), d.blocks(), d.rewardWei(),
                d.creditedShannon().shiftLeft(1), d.keptWei(), d.payments(), d.paidShannon(), d.feesWei())).toList();
        double before = fx(() -> bar.getBoundsInParent().getHeight());
        fx(() -> {
            chart.setDays(again);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> chart.lookupAll(".chart-bar").contains(bar)), "the same bar node, moved");
        assertEquals(4 * 90, (int) fx(() -> chart.lookupAll(".chart-bar").size()));
        assertTrue(tip.getText().contains("2,000,000,178,000,000,000 wei"), tip.getText());
        double after = fx(() -> bar.getBoundsInParent().getHeight());
        assertTrue(after > before * 1.05, "the bar grew with its value: " + before + " -> " + after);
    }
}
