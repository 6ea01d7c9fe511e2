package org.payoutdesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.payoutdesk.testing.Fx.fx;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;

/**
 * Every FXML file under resources/org/payoutdesk/app (found by walking the folder, so a screen merged from
 * another branch is covered too) loads through the same controller factory as the window, on a real
 * ViewContext over a real Redis and anvil: a handler the controller lacks, an unknown tag or icon fails the
 * load; a controller's {@code @FXML} field the file does not fill, a style sheet or image that is not
 * there, fails here.
 */
class FxmlFilesTest extends EngineWindowCase {
    static {
        System.setProperty("testfx.headless", "false");
    }

    /** {@code stylesheets="@x.css"}, {@code url="@icon.png"}: a file named relative to the FXML. */
    /** What FXMLLoader puts in every namespace itself. */
    private static final java.util.Set<String> BUILT_IN = java.util.Set.of(FXMLLoader.LOCATION_KEY,
            FXMLLoader.RESOURCES_KEY, FXMLLoader.CONTROLLER_KEYWORD);
    private static final Pattern RELATIVE = Pattern.compile("\"@([^\"]+)\"");
    /** A keystore that stays locked: enough to build the unlock dialog. */
    private static final org.payoutdesk.payout.KeystoreUnlock LOCKED = new org.payoutdesk.payout.KeystoreUnlock() {
        @Override public String keystoreName() { return "pool.json"; }

        @Override public boolean unlocked() { return false; }

        @Override public void unlock(char[] password) { throw new IllegalStateException("not in this test"); }
    };

    /** FXML without fx:controller: the widget that loads it into itself ({@code shared.FxmlControl}). */
    private static final Map<String, java.util.function.Supplier<Object>> WIDGETS = Map.of(
            "pending/scan-strip.fxml", org.payoutdesk.app.pending.ScanStrip::new,
            "review/halt-banner.fxml", org.payoutdesk.app.review.HaltBanner::new,
            "shared/confirm-sheet.fxml", org.payoutdesk.app.shared.ConfirmSheet::new,
            "close-during-batch.fxml", () -> fxmlOf(BatchCloseGuard.FXML),
            "unlock/unlock.fxml", () -> new org.payoutdesk.app.unlock.UnlockDialog(LOCKED, null).getDialogPane());


    /** The close question is loaded by BatchCloseGuard with itself as controller: load it as a plain layout here. */
    private static Object fxmlOf(String file) {
        try {
            FXMLLoader loader = new FXMLLoader(Views.resource(file));
            loader.setController(new Object() { });
            loader.setClassLoader(Views.class.getClassLoader());
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    static Stream<String> fxmlFiles() throws Exception {
        // From main.fxml's folder: the bare package folder also exists among the test classes, which come first.
        Path root = Path.of(Views.resource("main.fxml").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".fxml"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @Test
    void theWalkFindsTheScreens() throws Exception {
        List<String> files = fxmlFiles().toList();
        for (String expected : List.of("main.fxml", "status/status-bar.fxml", "overview/overview.fxml",
                "payees/payees.fxml", "payees/payee-detail.fxml", "payments/payments.fxml")) {
            assertTrue(files.contains(expected), expected + " not among " + files);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fxmlFiles")
    void loadsWithEveryIdHandlerStyleSheetAndImage(String fxml) throws Exception {
        URL url = Views.resource(fxml);
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            if (!exists(url.toURI().resolve(m.group(1)))) problems.add("missing file @" + m.group(1));
        }
        if (!text.contains("fx:controller=")) {
            // A widget's own layout (<fx:root>) is its own controller: building the widget loads and checks it.
            java.util.function.Supplier<Object> widget = WIDGETS.get(fxml);
            assertTrue(widget != null, fxml + " names no fx:controller and is no known widget: the factory cannot build it");
            assertTrue(problems.isEmpty(), fxml + ": " + problems);
            Object built = fx(widget::get);
            assertTrue(built instanceof Node, fxml + " built " + built);
            return;
        }
        ViewContext context = new ViewContext(WindowRig.context(rig.ledger, false), rig.ledger, rig.desk, false,
                new ExplorerLink(WindowRig.EXPLORER), u -> { }, () -> { },
                new PayeeTableService(rig.ledger, WindowRig.THRESHOLD));
        Views views = new Views(context, new ThemePreference(Preferences.userRoot().node("payoutdesk-test")));
        problems.addAll(fx(() -> {
            List<String> out = new ArrayList<>();
            FXMLLoader loader = new FXMLLoader(url);
            loader.setClassLoader(Views.class.getClassLoader());
            loader.setControllerFactory(views::controller);
            Parent root;
            try {
                root = loader.load();
            } catch (IOException | RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null) cause = cause.getCause();
                out.add("does not load: " + e.getMessage().strip() + " (" + cause + ")");
                return out;
            }
            for (Map.Entry<String, Object> e : loader.getNamespace().entrySet()) {
                if (BUILT_IN.contains(e.getKey())) continue;
                if (e.getValue() == null) out.add("fx:id " + e.getKey() + " is null");
                else if (e.getValue() == loader.getController() || e.getKey().endsWith("Controller")) {
                    out.addAll(unfilled(e.getValue()));
                }
            }
            // Skins build the children (a label's graphic, a scroll pane's content): walk what is shown.
            new Scene(root);
            root.applyCss();
            root.layout();
            walk(root, out);
            return out;
        }));
        if (!problems.isEmpty()) fail(fxml + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void aMissingHandlerFailsTheLoad() throws Exception {
        // The check above would pass a file with a typo in a handler only if FXMLLoader let it through.
        URL broken = Files.writeString(Files.createTempFile("broken", ".fxml"), """
                <?import javafx.scene.control.Button?>
                <Button xmlns:fx="http://javafx.com/fxml" fx:controller="org.payoutdesk.app.status.StatusBarController"
                        onAction="#noSuchHandler"/>
                """).toUri().toURL();
        ViewContext context = new ViewContext(WindowRig.context(rig.ledger, true), rig.ledger, null, true,
                new ExplorerLink(null), u -> { }, () -> { }, new PayeeTableService(rig.ledger, 0));
        Views views = new Views(context, new ThemePreference(Preferences.userRoot().node("payoutdesk-test")));
        String error = fx(() -> {
            FXMLLoader loader = new FXMLLoader(broken);
            loader.setControllerFactory(views::controller);
            try {
                loader.load();
                return null;
            } catch (IOException e) {
                return e.getMessage();
            }
        });
        assertFalse(error == null, "loaded a handler its controller does not have");
    }

    /** Every {@code @FXML} field of a controller must have been filled by its file. */
    private static List<String> unfilled(Object controller) {
        List<String> out = new ArrayList<>();
        for (Class<?> c = controller.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(FXML.class) || Modifier.isStatic(f.getModifiers())) continue;
                try {
                    f.setAccessible(true);
                    if (f.get(controller) == null) out.add(c.getSimpleName() + "." + f.getName() + " has no fx:id in the file");
                } catch (IllegalAccessException e) {
                    out.add("cannot read " + c.getSimpleName() + "." + f.getName());
                }
            }
        }
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (node instanceof Parent p) {
            for (String sheet : p.getStylesheets()) {
                // A sheet without a scheme is a class-path resource (as JavaFX reads it), e.g. ControlsFX's own.
                URI uri = URI.create(sheet);
                boolean found = uri.getScheme() == null ? Views.class.getResource(sheet) != null : exists(uri);
                if (!found) out.add("style sheet not found: " + sheet);
            }
            for (Node child : p.getChildrenUnmodifiable()) walk(child, out);
        }
        if (node instanceof ImageView v && (v.getImage() == null || v.getImage().isError())) {
            out.add("image not loaded in " + v);
        }
    }

    private static boolean exists(URI uri) {
        try (InputStream in = uri.toURL().openStream()) {
            return in != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
