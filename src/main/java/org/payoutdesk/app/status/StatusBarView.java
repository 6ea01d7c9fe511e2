package org.payoutdesk.app.status;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.ledger.PoolLedger;

/**
 * The bottom line: Redis endpoint, latency and state ("connected", or "down since 18:55:02,
 * retrying in 8 s" counting down), and a read-only badge.
 */
public final class StatusBarView extends HBox {
    public static final String ID_REDIS_STATE = "status-redis-state";
    public static final String ID_REDIS_LATENCY = "status-redis-latency";
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final RedisHealthService health;
    private final Label endpoint = new Label();
    private final Label latency = new Label("—");
    private final Label state = new Label("connecting…");
    private final FontIcon dot = new FontIcon(Feather.CIRCLE);
    private final Timeline countdown;
    private LocalTime downSince;
    private String lastError = "";
    private long retryAtNanos;

    public StatusBarView(PoolLedger ledger, javafx.util.Duration period, boolean readOnly) {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        health = new RedisHealthService(ledger, period);
        endpoint.setText("Redis " + ledger.endpointDisplay());
        endpoint.setGraphic(new FontIcon(Feather.DATABASE));
        latency.setId(ID_REDIS_LATENCY);
        latency.getStyleClass().add("mono");
        state.setId(ID_REDIS_STATE);
        state.setGraphic(dot);
        dot.getStyleClass().add("state-dot");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(endpoint, latency, state, spacer);
        if (readOnly) {
            Label badge = new Label("READ-ONLY");
            badge.getStyleClass().add("read-only-badge");
            getChildren().add(badge);
        }

        health.setOnSucceeded(e -> up(health.getValue()));
        // The backoff delay is computed inside failed(), after the handlers: read it on the next pulse.
        health.setOnFailed(e -> {
            Throwable error = health.getException();
            javafx.application.Platform.runLater(() -> down(error));
        });
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> renderDown()));
        countdown.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        health.restart();
    }

    public void stop() {
        health.cancel();
        countdown.stop();
    }

    private void up(Long micros) {
        downSince = null;
        countdown.stop();
        pseudoClassStateChanged(DOWN, false);
        latency.setText(micros == null ? "—" : formatLatency(micros));
        state.setText("connected");
        state.setTooltip(null);
    }

    private void down(Throwable error) {
        if (downSince == null) downSince = LocalTime.now();
        lastError = error == null || error.getMessage() == null ? "no answer" : error.getMessage();
        Duration wait = health.getCumulativePeriod() == null ? health.getPeriod() : health.getCumulativePeriod();
        retryAtNanos = System.nanoTime() + (long) (wait.toMillis() * 1_000_000L);
        pseudoClassStateChanged(DOWN, true);
        latency.setText("—");
        renderDown();
        if (countdown.getStatus() != javafx.animation.Animation.Status.RUNNING) countdown.play();
    }

    private void renderDown() {
        if (downSince == null) return;
        long left = Math.max(0, (retryAtNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L);
        state.setText("down since " + HMS.format(downSince) + ", retrying in " + left + " s");
        state.setTooltip(new javafx.scene.control.Tooltip(lastError));
    }

    static String formatLatency(long micros) {
        if (micros < 1000) return String.format(Locale.ROOT, "%d µs", micros);
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    public RedisHealthService health() {
        return health;
    }
}
