package org.payoutdesk.app;

import java.util.Objects;
import org.payoutdesk.payout.PaymentDesk;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.payoutdesk.app.review.BatchShutdownHook;
import org.payoutdesk.app.review.RunningBatch;
import org.payoutdesk.ledger.PoolLedger;

/** The desktop application. Start it with {@link #launch(AppContext)}. */
public final class DeskApp extends Application {
    public static final String STYLESHEET = "/org/payoutdesk/app/desk.css";
    /** {@code -Dpayoutdesk.firstWindowLog=true}: print the start-up time once the window is on screen. */
    public static final String FIRST_WINDOW_LOG = "payoutdesk.firstWindowLog";
    private static volatile AppContext context;

    private PoolLedger ledger;
    private MainController window;
    private BatchShutdownHook shutdownHook;

    /** Opens the window and blocks until it is closed. */
    public static void launch(AppContext ctx) {
        context = Objects.requireNonNull(ctx, "ctx");
        Application.launch(DeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupMarks.mark("toolkit");
        AppContext ctx = Objects.requireNonNull(context, "DeskApp.launch(AppContext) was not called");
        ThemePreference theme = ThemePreference.forUser();
        theme.apply();
        PaymentDesk desk;
        try {
            // The launcher may still be connecting Redis and the node while the toolkit started: wait here.
            desk = ctx.deskFactory() == null ? null : ctx.deskFactory().get();
            ledger = desk != null ? desk.ledger() : ctx.ledgerFactory().get();
        } catch (WindowAborted e) {
            javafx.application.Platform.exit();
            return;
        }
        StartupMarks.mark("engine");
        window = MainController.load(ctx, ledger, desk, theme, url -> getHostServices().showDocument(url));
        StartupMarks.mark("screens");
        stage.setScene(scene(window));
        stage.setTitle(ctx.title());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        BatchCloseGuard.install(stage, window);
        shutdownHook = BatchShutdownHook.register();
        if (Boolean.getBoolean(FIRST_WINDOW_LOG)) FirstWindowLog.onShown(stage);
        StartupMarks.mark("scene");
        stage.show();
        window.start();
    }

    /** The window's scene with the desk stylesheet (also used by the tests). */
    public static Scene scene(MainController window) {
        Scene scene = new Scene(window.root(), 1280, 800);
        // The controller rides on the scene: a ControlsFX decoration may wrap the root in its own pane.
        scene.getProperties().put(MainController.class, window);
        scene.getStylesheets().add(Objects.requireNonNull(DeskApp.class.getResource(STYLESHEET)).toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        // Normally the close guard waited already; whatever else ends the app, never close the ledger under a batch.
        RunningBatch.drainCurrent(BatchShutdownHook.GRACE);
        if (shutdownHook != null) shutdownHook.remove();
        if (window != null) window.dispose();
        if (ledger != null) ledger.close();
    }
}
