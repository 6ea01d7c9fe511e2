package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.fx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.ThemePreference;
import org.payoutdesk.testing.WindowRig;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The payouts-per-day chart as the real Overview lays it out (next to the balances chart, desk
 * stylesheet, both themes, the content width of the narrowest and of the default window): a date
 * every 7 days ending on the newest day, unrotated, none hidden, none overlapping, each under its
 * day's bar and drawn whole inside the card; every bar has a tooltip with its date and exact sum.
 */
@ExtendWith({RedisExtension.class, ApplicationExtension.class})
class PayoutsPerDayChartLayoutTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static RedisPoolLedger ledger;
    private OverviewController view;
    private Scene scene;

    @BeforeAll
    static void ledger(LocalRedis redis) {
        ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth");
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        // Never refreshed: the test feeds the chart itself, the ledger is not read.
        var overview = WindowRig.views(ledger).<OverviewController>load("overview/overview.fxml");
        view = overview.controller();
        scene = new Scene(overview.root(), 1090, 800);
        scene.getStylesheets().add(DeskApp.class.getResource(DeskApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** 30 days up to {@code today}, each day {@code day + 1} payments of (day+1) ETH and (day+1) Shannon. */
    private static PayoutsPerDay month(LocalDate today) {
        PayoutsPerDay p = new PayoutsPerDay(today, 30, ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            long noon = today.minusDays(i).atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
            for (int n = 0; n <= i % 3; n++) p.add(noon, (i + 1) * 1_000_000_000L + (i + 1));
        }
        return p;
    }

    @ParameterizedTest(name = "dark {0}, width {1}")
    @CsvSource({"false, 790", "true, 790", "false, 1090", "true, 1090", "false, 1600"})
    void aDateEveryWeekEndingTodayUnrotatedWholeAndUnderItsBar(boolean dark, int width) throws Exception {
        new ThemePreference(Preferences.userRoot().node("payoutdesk-test-chart")).setDark(dark);
        fx(() -> {
            scene.getWindow().setWidth(width);
            return null;
        });
        PayoutsPerDayChart chart = view.perDayChart();
        // Twice, the second time on another day: the labels follow the days, never stale.
        for (LocalDate today : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26))) {
            fx(() -> {
                chart.show(month(today));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            List<String> expected = new ArrayList<>(List.of("Date"));
            for (int back = 28; back >= 0; back -= 7) expected.add(label(today.minusDays(back)));
            List<String> shown = fx(() -> {
                List<String> out = new ArrayList<>();
                Bounds card = chart.localToScene(chart.getLayoutBounds());
                Bounds previous = null;
                for (Text text : texts(chart.getXAxis())) {
                    Bounds b = text.localToScene(text.getBoundsInLocal());
                    String problem = "";
                    if (text.getRotate() != 0) problem += " rotated " + text.getRotate();
                    // 1 px for the card's border: the label must be drawn inside it.
                    if (b.getMaxX() > card.getMaxX() - 1 || b.getMinX() < card.getMinX() + 1) problem += " cut " + b + " card " + card;
                    if (previous != null && !text.getText().equals("Date") && b.getMinX() < previous.getMaxX() + 4) {
                        problem += " overlaps the label before";
                    }
                    if (!text.getText().equals("Date")) previous = b;
                    out.add(problem.isEmpty() ? text.getText() : text.getText() + problem);
                }
                return out;
            });
            assertEquals(expected, shown);

            // Each labelled date sits under the middle of its own day's bar.
            for (int back = 28; back >= 0; back -= 7) {
                LocalDate day = today.minusDays(back);
                double label = fx(() -> centreX(texts(chart.getXAxis()).stream()
                        .filter(t -> t.getText().equals(label(day))).findFirst().orElseThrow()));
                double bar = fx(() -> centreX(bar(chart, day)));
                assertEquals(bar, label, 1.0, "label of " + day);
            }
        }
    }

    @Test
    void everyBarHasItsDateAndExactSumInItsTooltip() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        PayoutsPerDayChart chart = view.perDayChart();
        fx(() -> {
            chart.show(month(today));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        List<PayoutsPerDay.Day> days = fx(chart::shown);
        assertEquals(30, days.size());
        assertEquals(today.minusDays(29), days.getFirst().date());
        for (PayoutsPerDay.Day d : days) {
            Tooltip tip = fx(() -> (Tooltip) bar(chart, d.date()).getProperties().get("javafx.scene.control.Tooltip"));
            assertEquals(PayoutsPerDayChart.tip(d), fx(tip::getText), d.toString());
        }
        // today: 1 payment of 1 ETH + 1 Shannon; 5 days ago: 3 of 6.000000006 ETH.
        assertEquals("Mon 23 Nov 2026 · 1 payment\n1.000000001 ETH (1,000,000,001 Shannon)", PayoutsPerDayChart.tip(days.get(29)));
        assertEquals("Wed 18 Nov 2026 · 3 payments\n18.000000018 ETH (18,000,000,018 Shannon)", PayoutsPerDayChart.tip(days.get(24)));
        assertEquals("Thu 1 Jan 2026 · no payments\n0.000000000 ETH (0 Shannon)",
                PayoutsPerDayChart.tip(new PayoutsPerDay.Day(LocalDate.of(2026, 1, 1), 0, 0)));
        // A bar's height follows its ETH: 29 days ago 3 × 30 ETH, 14 days ago 3 × 15 ETH, half as high.
        double tallest = fx(() -> bar(chart, today.minusDays(29)).getHeight());
        double half = fx(() -> bar(chart, today.minusDays(14)).getHeight());
        assertTrue(tallest > 100, "tallest bar " + tallest);
        assertEquals(0.5, half / tallest, 0.01);
    }

    private static javafx.scene.layout.Region bar(PayoutsPerDayChart chart, LocalDate day) {
        return (javafx.scene.layout.Region) chart.getData().getFirst().getData().stream()
                .filter(d -> d.getXValue().equals(day)).findFirst().orElseThrow().getNode();
    }

    private static double centreX(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    /** The visible text nodes of the axis, in order: its own label, then the tick labels. */
    private static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        if (n instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().isBlank()) out.add(t);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) if (c.isVisible()) out.addAll(texts(c));
        return out;
    }

    /** "23 Nov": the label the operator reads. */
    private static String label(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
