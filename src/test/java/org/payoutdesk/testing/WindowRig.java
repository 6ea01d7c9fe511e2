package org.payoutdesk.testing;

import static org.payoutdesk.testing.Fx.fx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.ThemePreference;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.chain.Signer;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window of one window test, on the stage TestFX gives the test: light theme, the
 * desk stylesheet, started as DeskApp starts it, and disposed after the test together with whatever
 * the test built for it (its ledger, its node connection). Register it on the test class (after
 * TestFX's ApplicationExtension) with {@code @RegisterExtension final WindowRig windows = new WindowRig();}
 * and either show the window in the {@code @Start} method ({@link #show}) or mount it from the test
 * ({@link #mount}); until then the stage shows a placeholder. The explorer links the window asks to
 * open are collected in {@link #opened}.
 */
public final class WindowRig implements BeforeEachCallback, AfterEachCallback {
    /** The block explorer of the window tests: links are checked as text, never opened. */
    public static final String EXPLORER = "https://explorer.test/tx/{tx}";
    /** Half an ETH: the global threshold of the window tests. */
    public static final long THRESHOLD = 500_000_000L;

    /** The explorer links the window asked to open, in order. */
    public final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final ThemePreference theme = new ThemePreference(Preferences.userRoot().node("payoutdesk-test"));
    private Stage stage;
    private boolean ownStage;
    private MainController window;

    /** A window over {@code ledger} alone (no desk factory, no unlock), titled Sandbox, with the test explorer. */
    public static AppContext context(PoolLedger ledger, boolean readOnly) {
        return new AppContext(() -> ledger, null, null, "Sandbox", readOnly, EXPLORER, THRESHOLD, Duration.ofSeconds(5));
    }

    /**
     * The factory of a window over {@code ledger} alone (read-only, nothing refreshed, the test theme): loads
     * one screen without the main window, as a test that checks a screen's layout does.
     */
    public static Views views(PoolLedger ledger) {
        AppContext app = context(ledger, true);
        ViewContext context = new ViewContext(app, ledger, null, true, new ExplorerLink(EXPLORER), url -> { }, () -> { },
                new PayeeTableService(ledger, THRESHOLD));
        return new Views(context, new ThemePreference(Preferences.userRoot().node("payoutdesk-test")));
    }

    /**
     * A payout engine of this test's own on {@code redis} and {@code anvil}: a ledger and a node
     * connection closed after the test, anvil's dev account 0 as the pool, the signer made from the
     * node. Unlike {@link EngineRig} it opens no raw connection, so it can be built while Redis is down.
     */
    public PaymentDesk desk(LocalRedis redis, LocalAnvil anvil, Function<Web3EthNode, Signer> signer,
            PayoutSettings.FeeMode mode, boolean readOnly) {
        RedisPoolLedger ledger = closing(new RedisPoolLedger(GoPoolFixture.endpoint(redis), EngineRig.COIN));
        Web3EthNode node = closing(EngineRig.connect(anvil.rpcUrl()));
        return new PaymentDesk(ledger, node, signer.apply(node), EngineRig.settings(EngineRig.POOL, mode, readOnly),
                Duration.ofMillis(100));
    }

    /** Closes {@code resource} after the test, once the window is disposed (last registered, first closed). */
    public <T extends AutoCloseable> T closing(T resource) {
        closing.add(resource);
        return resource;
    }

    /** The real window on {@code stage} at once, titled as DeskApp titles it (on the JavaFX thread: in {@code @Start}). */
    public MainController show(Stage stage, AppContext ctx, PoolLedger ledger, PaymentDesk desk) {
        if (window != null) window.dispose(); // a test that mounts twice
        this.stage = stage;
        theme.setDark(false);
        window = MainController.load(ctx, ledger, desk, theme, opened::add);
        stage.setScene(DeskApp.scene(window));
        stage.setTitle(ctx.title());
        stage.show();
        window.start();
        return window;
    }

    /** {@link #show} on a stage of its own, hidden after the test: a second window next to the test's. */
    public MainController showInNewStage(AppContext ctx, PoolLedger ledger, PaymentDesk desk) throws Exception {
        ownStage = true;
        return fx(() -> show(new Stage(), ctx, ledger, desk));
    }

    /** From the test: the real window on the stage in {@code section}, replacing what the stage showed. */
    public MainController mount(AppContext ctx, PoolLedger ledger, PaymentDesk desk, MainController.Section section) throws Exception {
        return fx(() -> {
            MainController w = show(stage, ctx, ledger, desk);
            w.show(section);
            return w;
        });
    }

    public Stage stage() {
        return stage;
    }

    /**
     * With {@code -Ddesk.shots=DIR}: the whole scene as DIR/{@code name}-light.png and, when
     * {@code dark}, DIR/{@code name}-dark.png; {@code eachTheme} runs on the JavaFX thread before each
     * shot (a selection to show, say). Light again afterwards.
     */
    public void shots(String name, boolean dark, Runnable eachTheme) throws Exception {
        String dir = System.getProperty("desk.shots");
        if (dir == null) return;
        for (boolean d : dark ? new boolean[] {false, true} : new boolean[] {false}) {
            fx(() -> {
                theme.setDark(d);
                eachTheme.run();
                return null;
            });
            WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
            fx(() -> {
                EngineRig.screenshot(stage.getScene(), Path.of(dir, name + "-" + (d ? "dark" : "light") + ".png"));
                return null;
            });
        }
        fx(() -> {
            theme.setDark(false);
            return null;
        });
    }

    /** Closes the review dialog if open, disposes the window, then closes what the test registered. */
    public void dispose() throws Exception {
        try {
            if (window != null) {
                MainController w = window;
                window = null;
                fx(() -> {
                    if (w.reviewDialog() != null) w.reviewDialog().close();
                    if (ownStage) stage.hide();
                    w.dispose();
                    return null;
                });
            }
        } finally {
            for (AutoCloseable c : closing.reversed()) c.close();
            closing.clear();
        }
    }

    /** Runs after the {@code @Start} methods: a test that showed no window there mounts it later. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (stage != null) return;
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        fx(() -> {
            theme.setDark(false);
            stage.setScene(new Scene(new Label("starting"), 1280, 800));
            stage.show();
            return null;
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        dispose();
    }
}
