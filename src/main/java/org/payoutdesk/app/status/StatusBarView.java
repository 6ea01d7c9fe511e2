package org.payoutdesk.app.status;

import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.unlock.UnlockDialog;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.RedisLink;
import org.payoutdesk.payout.KeystoreUnlock;
import org.payoutdesk.payout.PaymentDesk;

/**
 * The bottom line: Redis (endpoint, latency, "connected" or "down since 18:55:02, retrying in 8 s"),
 * the node (chain id, block, peers, syncing, or down with its own countdown), the signer (unlocked,
 * locked, or "keystore locked — Unlock…"), and a read-only badge. Both checks run in the background
 * on ScheduledServices that back off while their server is down and recover by themselves.
 */
public final class StatusBarView extends HBox {
    public static final String ID_REDIS_STATE = "status-redis-state";
    public static final String ID_REDIS_LATENCY = "status-redis-latency";
    public static final String ID_NODE_STATE = "status-node-state";
    public static final String ID_SIGNER = "status-signer";
    public static final String ID_UNLOCK = "status-unlock";
    public static final String ID_READ_ONLY = "status-read-only";
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    /** No answer yet: a grey dot, neither up nor down. */
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final PoolLedger ledger;
    private final RedisHealthService health;
    private final NodeHealthService node;
    private final KeystoreUnlock keystore;
    private final Label endpoint = new Label();
    private final Label latency = new Label("—");
    private final Label state = new Label("connecting…");
    private final Label nodeState = new Label("node: asking…");
    private final Label signer = new Label();
    private final Hyperlink unlock = new Hyperlink("Unlock…");
    private final FontIcon dot = new FontIcon(Feather.CIRCLE);
    private final FontIcon nodeDot = new FontIcon(Feather.CIRCLE);
    private final Outage redisOutage = new Outage("");
    private final Outage nodeOutage = new Outage("node");
    private final Timeline countdown;

    /** Redis only (no payout engine). */
    public StatusBarView(PoolLedger ledger, Duration period, boolean readOnly) {
        this(ledger, null, null, period, readOnly);
    }

    /**
     * @param desk     the payout engine, whose node and signer are shown; null for Redis only
     * @param keystore the keystore to unlock from the signer item; null when the signer needs none
     */
    public StatusBarView(PoolLedger ledger, PaymentDesk desk, KeystoreUnlock keystore, Duration period, boolean readOnly) {
        super(10);
        this.keystore = keystore;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        health = new RedisHealthService(ledger, period);
        this.ledger = ledger;
        endpoint.setText(redisLabel());
        endpoint.setGraphic(new FontIcon(Feather.DATABASE));
        latency.setId(ID_REDIS_LATENCY);
        latency.getStyleClass().add("mono");
        state.setId(ID_REDIS_STATE);
        state.getStyleClass().add("redis-state");
        state.setGraphic(dot);
        dot.getStyleClass().add("state-dot");
        getChildren().addAll(endpoint, latency, state);
        state.pseudoClassStateChanged(WAITING, true);
        nodeState.pseudoClassStateChanged(WAITING, true);

        node = desk == null ? null : new NodeHealthService(desk, period);
        if (node != null) {
            nodeState.setId(ID_NODE_STATE);
            nodeState.getStyleClass().add("node-state");
            nodeState.setGraphic(nodeDot);
            nodeDot.getStyleClass().add("state-dot");
            signer.setId(ID_SIGNER);
            signer.getStyleClass().add("signer-state");
            signer.setGraphic(new FontIcon(Feather.KEY));
            unlock.setId(ID_UNLOCK);
            unlock.setVisible(false);
            unlock.setManaged(false);
            unlock.setOnAction(e -> openUnlock());
            getChildren().addAll(separator(), new Label(null, new FontIcon(Feather.SERVER)), nodeState,
                    separator(), signer, unlock);
            node.setOnSucceeded(e -> nodeUp(node.getValue()));
            node.setOnFailed(e -> {
                Throwable error = node.getException();
                Platform.runLater(() -> nodeDown(error));
            });
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
        if (readOnly) {
            Label badge = new Label("READ-ONLY", new FontIcon(Feather.EYE));
            badge.setId(ID_READ_ONLY);
            badge.getStyleClass().add("read-only-badge");
            badge.setTooltip(new Tooltip("Payout Desk will not write to the ledger or send anything"));
            getChildren().add(badge);
        }

        health.setOnSucceeded(e -> up(health.getValue()));
        // The backoff delay is computed inside failed(), after the handlers: read it on the next pulse.
        health.setOnFailed(e -> {
            Throwable error = health.getException();
            Platform.runLater(() -> down(error));
        });
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> renderCountdowns()));
        countdown.setCycleCount(Timeline.INDEFINITE);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    public void start() {
        health.restart();
        if (node != null) node.restart();
        countdown.play();
    }

    public void stop() {
        health.cancel();
        if (node != null) node.cancel();
        countdown.stop();
    }

    /** Asks the node and the signer again now (after an unlock). */
    public void recheckNode() {
        if (node == null) return;
        // Not from inside another event handler: ScheduledService.restart asserts on a re-entrant call.
        Platform.runLater(() -> {
            node.cancel();
            node.reset();
            node.start();
        });
    }

    private void up(Long micros) {
        redisOutage.recovered();
        state.pseudoClassStateChanged(WAITING, false);
        pseudoClassStateChanged(DOWN, false);
        state.pseudoClassStateChanged(DOWN, false);
        latency.setText(micros == null ? "—" : formatLatency(micros));
        endpoint.setText(redisLabel()); // the master moves on a Sentinel failover
        state.setText("connected");
        state.setTooltip(null);
    }

    /** "Redis 127.0.0.1:6379", with Sentinel the master in use, and "· TLS" on a TLS link. */
    private String redisLabel() {
        RedisLink link = ledger.link();
        String where = link.sentinelMaster().map(m -> link.master() + " (Sentinel " + m + ")").orElse(ledger.endpointDisplay());
        return "Redis " + where + (link.tls() ? " · TLS" : "");
    }

    private void down(Throwable error) {
        redisOutage.failed(java.time.LocalTime.now(), System.nanoTime(), waitMillis(health), message(error));
        state.pseudoClassStateChanged(WAITING, false);
        pseudoClassStateChanged(DOWN, true);
        state.pseudoClassStateChanged(DOWN, true);
        latency.setText("—");
        renderCountdowns();
    }

    private void nodeUp(NodeHealth h) {
        nodeOutage.recovered();
        nodeState.pseudoClassStateChanged(WAITING, false);
        nodeState.pseudoClassStateChanged(DOWN, false);
        nodeState.setText(h.nodeLine());
        nodeState.setTooltip(new Tooltip("Node answers: " + h.nodeLine()));
        boolean keystoreLocked = keystore != null && !h.signerUnlocked();
        signer.pseudoClassStateChanged(LOCKED, !h.signerUnlocked());
        signer.setText(keystoreLocked ? "keystore locked —" : h.signerLine());
        signer.setTooltip(new Tooltip(h.signerLine()));
        unlock.setVisible(keystoreLocked);
        unlock.setManaged(keystoreLocked);
    }

    private void nodeDown(Throwable error) {
        nodeOutage.failed(java.time.LocalTime.now(), System.nanoTime(), waitMillis(node), message(error));
        nodeState.pseudoClassStateChanged(WAITING, false);
        nodeState.pseudoClassStateChanged(DOWN, true);
        signer.setText("signer unknown (node down)");
        signer.pseudoClassStateChanged(LOCKED, false);
        unlock.setVisible(false);
        unlock.setManaged(false);
        renderCountdowns();
    }

    private void renderCountdowns() {
        long now = System.nanoTime();
        if (redisOutage.down()) {
            state.setText(redisOutage.text(now));
            state.setTooltip(new Tooltip(redisOutage.reason()));
        }
        if (nodeOutage.down()) {
            nodeState.setText(nodeOutage.text(now));
            nodeState.setTooltip(new Tooltip(nodeOutage.reason()));
        }
    }

    private void openUnlock() {
        new UnlockDialog(keystore, getScene() == null ? null : getScene().getWindow()).showAndUnlock(this::recheckNode);
    }

    private static long waitMillis(javafx.concurrent.ScheduledService<?> s) {
        Duration wait = s.getCumulativePeriod() == null ? s.getPeriod() : s.getCumulativePeriod();
        return (long) wait.toMillis();
    }

    private static String message(Throwable error) {
        return error == null || error.getMessage() == null ? "no answer" : error.getMessage();
    }

    static String formatLatency(long micros) {
        if (micros < 1000) return String.format(Locale.ROOT, "%d µs", micros);
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    public RedisHealthService health() {
        return health;
    }

    /** The node check; null without a payout engine. */
    public NodeHealthService nodeHealth() {
        return node;
    }
}
