package org.payoutdesk.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.ThemePreference;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wallet chart as the Overview lays it out (a chart card, the desk stylesheet, both themes, the
 * narrowest window): every time label of the x axis is shown, on whole steps of the clock, and drawn
 * whole inside the card, the last one at the right edge included.
 */
@ExtendWith(ApplicationExtension.class)
class WalletChartLayoutTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private WalletChart chart;
    private Scene scene;

    @Start
    void start(Stage primary) {
        Stage stage = new Stage();
        chart = new WalletChart();
        chart.getStyleClass().add("chart-card"); // as overview.fxml does
        chart.setPrefHeight(330);
        VBox box = new VBox(chart);
        box.setPadding(new Insets(16));
        scene = new Scene(box, 1090, 400);
        scene.getStylesheets().add(DeskApp.class.getResource(DeskApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0} samples every {1} s, dark {2}, width {3}")
    @CsvSource({"96, 1800, false, 1090", "96, 1800, true, 1090", "30, 86400, false, 1090", "12, 300, true, 1090",
            "2, 60, false, 1090", "1, 60, false, 1090", "96, 1800, false, 790", "2000, 300, true, 790"})
    void everyTimeLabelIsShownWholeInsideTheCard(int count, long step, boolean dark, int width) throws Exception {
        new ThemePreference(Preferences.userRoot().node("payoutdesk-test-chart")).setDark(dark);
        fx(() -> {
            scene.getWindow().setWidth(width);
            return null;
        });
        // Twice, the second time one step later: the labels follow the samples, never stale.
        for (long start : new long[] {1_763_900_000L, 1_763_900_000L + step}) {
            List<WalletSample> samples = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                samples.add(new WalletSample(start + i * step, BigInteger.TEN.pow(21).add(BigInteger.valueOf(i)),
                        900_000_000_000L + i));
            }
            fx(() -> {
                chart.show(samples);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            TimeTicks t = TimeTicks.covering(start, start + (count - 1) * step, ZoneId.systemDefault());
            List<String> expected = new ArrayList<>();
            for (long at = t.lower(); at <= t.upper(); at += t.step()) expected.add(t.label(at));
            List<String> shown = fx(() -> {
                List<String> out = new ArrayList<>();
                Bounds card = chart.localToScene(chart.getLayoutBounds());
                for (Text text : texts(chart.getXAxis())) {
                    Bounds b = text.localToScene(text.getBoundsInLocal());
                    // 1 px for the card's border: the label must be drawn inside it.
                    boolean inside = b.getMaxX() <= card.getMaxX() - 1 && b.getMinX() >= card.getMinX() + 1;
                    out.add(inside ? text.getText() : "CUT " + text.getText() + " " + b + " card " + card);
                }
                return out;
            });
            expected.addFirst("Time");
            assertEquals(expected, shown);
            assertEquals(samples.stream().map(WalletSample::epochSecond).toList(), fx(() -> chart.times()));
        }
    }

    /** The visible text nodes of the axis, in order: its own label, then the tick labels. */
    private static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        if (n instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().isBlank()) out.add(t);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) if (c.isVisible()) out.addAll(texts(c));
        return out;
    }
}
