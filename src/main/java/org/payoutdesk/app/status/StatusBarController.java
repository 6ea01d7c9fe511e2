package org.payoutdesk.app.status;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.ledger.RedisLink;
import org.payoutdesk.payout.KeystoreUnlock;

/**
 * The bottom line (status/status-bar.fxml): Redis (endpoint, latency, "connected" or "down since 18:55:02,
 * retrying in 8 s"), the node (chain id, block, peers, syncing, or down with its own countdown), the signer
 * the fees (base fee and tip, or the legacy gas price; a warning while above desk.gasCeiling), the signer
 * (unlocked, locked, or "keystore locked — Unlock…"), and a read-only badge. Both checks run in the
 * background on ScheduledServices that back off while their server is down and recover by themselves.
 * The unlock itself is the main window's: it hands this bar the action ({@link #setOnUnlock}).
 */
public final class StatusBarController {
    public static final String ID_REDIS_STATE = "status-redis-state";
    public static final String ID_REDIS_LATENCY = "status-redis-latency";
    public static final String ID_NODE_STATE = "status-node-state";
    public static final String ID_FEES = "status-fees";
    public static final String ID_SIGNER = "status-signer";
    public static final String ID_UNLOCK = "status-unlock";
    public static final String ID_READ_ONLY = "status-read-only";
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    /** Gas above desk.gasCeiling: the fees read as a warning. */
    private static final PseudoClass OVER_CEILING = PseudoClass.getPseudoClass("over-ceiling");
    /** No answer yet: a grey dot, neither up nor down. */
    private static final PseudoClass WAITING = PseudoClass.getPseudoClass("waiting");

    private final ViewContext context;
    private final RedisHealthService health;
    private final NodeHealthService node;
    private final KeystoreUnlock keystore;
    private final Outage redisOutage = new Outage("");
    private final Outage nodeOutage = new Outage("node");
    private final Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> renderCountdowns()));
    private Consumer<Runnable> onUnlock = after -> { };

    @FXML private StatusBar bar;
    @FXML private Label endpoint;
    @FXML private Label latency;
    @FXML private Label state;
    @FXML private Node nodeSeparator;
    @FXML private Label nodeState;
    @FXML private Node feesSeparator;
    @FXML private Label fees;
    @FXML private Node signerSeparator;
    @FXML private Label signer;
    @FXML private Hyperlink unlock;
    @FXML private Label readOnlyBadge;

    public StatusBarController(ViewContext context) {
        this.context = context;
        Duration period = Duration.millis(context.app().healthPeriod().toMillis());
        health = new RedisHealthService(context.ledger(), period);
        node = context.desk() == null ? null : new NodeHealthService(context.desk(), period);
        keystore = context.keystoreUnlock();
        countdown.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        endpoint.setText(redisLabel());
        state.pseudoClassStateChanged(WAITING, true);
        nodeState.pseudoClassStateChanged(WAITING, true);
        // Without a payout engine there is no node and no signer to show.
        for (Node n : new Node[] {nodeSeparator, nodeState, feesSeparator, fees, signerSeparator, signer}) {
            n.setVisible(node != null);
            n.setManaged(node != null);
        }
        readOnlyBadge.setVisible(context.readOnly());
        readOnlyBadge.setManaged(context.readOnly());
        if (!context.readOnly()) bar.getRightItems().remove(readOnlyBadge);
        health.setOnSucceeded(e -> up(health.getValue()));
        // The backoff delay is computed inside failed(), after the handlers: read it on the next pulse.
        health.setOnFailed(e -> {
            Throwable error = health.getException();
            Platform.runLater(() -> down(error));
        });
        if (node != null) {
            node.setOnSucceeded(e -> nodeUp(node.getValue()));
            node.setOnFailed(e -> {
                Throwable error = node.getException();
                Platform.runLater(() -> nodeDown(error));
            });
        }
    }

    /** What Unlock… does: opens the password dialog and, once unlocked, runs the given re-check. */
    public void setOnUnlock(Consumer<Runnable> onUnlock) {
        this.onUnlock = onUnlock;
    }

    @FXML
    private void onUnlock() {
        onUnlock.accept(this::recheckNode);
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
        bar.pseudoClassStateChanged(DOWN, false);
        state.pseudoClassStateChanged(DOWN, false);
        latency.setText(micros == null ? "—" : formatLatency(micros));
        endpoint.setText(redisLabel()); // the master moves on a Sentinel failover
        state.setText("connected");
        state.setTooltip(null);
    }

    /** "Redis 127.0.0.1:6379", with Sentinel the master in use, and "· TLS" on a TLS link. */
    private String redisLabel() {
        RedisLink link = context.ledger().link();
        String where = link.sentinelMaster().map(m -> link.master() + " (Sentinel " + m + ")").orElse(context.ledger().endpointDisplay());
        return "Redis " + where + (link.tls() ? " · TLS" : "");
    }

    private void down(Throwable error) {
        redisOutage.failed(java.time.LocalTime.now(), System.nanoTime(), waitMillis(health), message(error));
        state.pseudoClassStateChanged(WAITING, false);
        bar.pseudoClassStateChanged(DOWN, true);
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
        fees.setText(h.feeLine());
        fees.pseudoClassStateChanged(OVER_CEILING, h.aboveCeiling());
        fees.setTooltip(new Tooltip(h.feeHint()));
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
        fees.setText("fees unknown");
        fees.pseudoClassStateChanged(OVER_CEILING, false);
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

    /** The bar itself (the ControlsFX StatusBar at the bottom of the window). */
    public StatusBar bar() {
        return bar;
    }

    public RedisHealthService health() {
        return health;
    }

    /** The node check; null without a payout engine. */
    public NodeHealthService nodeHealth() {
        return node;
    }
}
