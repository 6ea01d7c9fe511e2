package org.payoutdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What the screenshot launchers (DevDesk, HealthShots, ReviewShots) share: the window at the screen's
 * top-left corner, a script on a daemon thread that drives it through the JavaFX thread, and
 * ImageMagick's {@code import} to grab the screen (run them under {@code xvfb-run -a}).
 */
public final class Shots {
    /** Steps run off the JavaFX thread. */
    public interface Script {
        void run() throws Exception;
    }

    private Shots() { }

    /** The directory named by the first argument (default docs/screenshots), created. */
    public static Path outDir(String[] args) throws IOException {
        return Files.createDirectories(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
    }

    /** Shows {@code window} at the top-left corner, where the screen grab looks, and starts it. */
    public static void show(Stage stage, MainController window) {
        stage.setScene(DeskApp.scene(window));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        window.start();
    }

    /** Runs {@code script} on a daemon thread; then, even when it failed, {@code cleanUp} and exit on the JavaFX thread. */
    public static void run(Script script, Runnable cleanUp) {
        Thread t = new Thread(() -> {
            try {
                script.run();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    cleanUp.run();
                    Platform.exit();
                });
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Runs {@code c} on the JavaFX thread and waits for its value. */
    public static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try { f.complete(c.call()); } catch (Exception e) { f.completeExceptionally(e); }
        });
        return f.get();
    }

    /** Runs {@code r} on the JavaFX thread and waits until it has run. */
    public static void onFx(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return true;
        });
    }

    /** The whole screen into {@code file}, with {@code importOptions} (e.g. a crop) before it. */
    public static void grabScreen(Path file, String... importOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("import", "-window", "root"));
        cmd.addAll(List.of(importOptions));
        cmd.add(file.toString());
        new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
