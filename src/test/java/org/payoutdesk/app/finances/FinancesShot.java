package org.payoutdesk.app.finances;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.payoutdesk.app.ThemePreference;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.sandbox.Sandbox;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.WindowRig;
import org.payoutdesk.wiring.AssembledDesk;
import org.payoutdesk.wiring.DeskAssembly;

/**
 * Not a test: puts the Finances screen up on a fresh sandbox (its 30 seeded days) on a real display and saves
 * DIR/finances-sandbox-{light,dark}.png. Run under xvfb-run with the test class path: {@code FinancesShot DIR}.
 */
public final class FinancesShot {
    private static Sandbox sandbox;
    private static AssembledDesk assembled;
    private static Path dir;

    public static void main(String[] args) throws Exception {
        dir = Path.of(args[0]);
        sandbox = Sandbox.start(false);
        assembled = DeskAssembly.open(sandbox.config());
        try {
            Application.launch(Shot.class);
        } finally {
            assembled.close();
            sandbox.close();
        }
        System.exit(0);
    }

    /** The JavaFX side (the launcher refuses a main class that is itself an Application on the class path). */
    public static final class Shot extends Application {
    @Override
    public void start(Stage stage) {
        ThemePreference theme = new ThemePreference(Preferences.userRoot().node("payoutdesk-shot"));
        theme.setDark(false);
        var ledger = assembled.desk().ledger();
        ViewContext ctx = new ViewContext(WindowRig.context(ledger, false), ledger, assembled.desk(), false,
                new ExplorerLink(WindowRig.EXPLORER), url -> { }, () -> { }, new PayeeTableService(ledger, WindowRig.THRESHOLD));
        Views.View<FinancesController> v = new Views(ctx).load("finances/finances.fxml");
        Scene scene = new Scene(v.root(), 1280, 860);
        scene.getStylesheets().add(Views.resource("desk.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Payout Desk — Finances (sandbox)");
        stage.show();
        v.controller().model().reportProperty().addListener((o, was, now) -> {
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> {
                shoot(scene, "light");
                theme.setDark(true);
                PauseTransition dark = new PauseTransition(Duration.seconds(1));
                dark.setOnFinished(e2 -> {
                    shoot(scene, "dark");
                    Platform.exit();
                });
                dark.play();
            });
            settle.play();
        });
        v.controller().refresh();
    }
    }

    private static void shoot(Scene scene, String name) {
        try {
            EngineRig.screenshot(scene, dir.resolve("finances-sandbox-" + name + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
