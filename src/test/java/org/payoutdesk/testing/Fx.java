package org.payoutdesk.testing;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every window test does: run on the FX thread, wait for a state, read a label, click until the
 * click has taken effect. The real main window on a stage is {@link WindowRig}'s.
 *
 * <p>Clicks are checked, not trusted: a dialog that has just appeared may still be sizing and centring
 * itself, and on a loaded machine a robot click can land where a button was a pulse ago. So
 * {@link #clickUntil} waits for the target to be showing, lets pending pulses run, clicks, and clicks
 * again only when the expected effect did not happen and the target is still there.
 */
public final class Fx {
    /** Long enough for a loaded 2-core CI machine; a real hang still fails. */
    public static final int WAIT_SECONDS = 30;
    private static final int CLICK_TRIES = 3;
    private static final int CLICK_EFFECT_SECONDS = 3;

    private Fx() {
    }

    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public static void run(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds. */
    public static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }

    public static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    public static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    public static void awaitPresent(FxRobot robot, String query) throws Exception {
        await(() -> present(robot, query));
    }

    /**
     * Clicks {@code query} until {@code effect} holds ({@code effect} must be false before the click).
     * Fails with a timeout when even the last try has no effect.
     */
    public static void clickUntil(FxRobot robot, String query, Callable<Boolean> effect) throws Exception {
        clickUntil(robot, () -> robot.lookup(query).tryQuery(), effect);
    }

    /** {@link #clickUntil(FxRobot, String, Callable)} on a node the test holds. */
    public static void clickUntil(FxRobot robot, Node node, Callable<Boolean> effect) throws Exception {
        clickUntil(robot, () -> Optional.of(node), effect);
    }

    private static void clickUntil(FxRobot robot, Supplier<Optional<Node>> target, Callable<Boolean> effect) throws Exception {
        for (int attempt = 1; attempt <= CLICK_TRIES; attempt++) {
            await(() -> clickable(target.get()) || effect.call());
            if (fx(effect)) return;
            WaitForAsyncUtils.waitForFxEvents(5);
            robot.clickOn(target.get().orElseThrow());
            try {
                WaitForAsyncUtils.waitFor(CLICK_EFFECT_SECONDS, TimeUnit.SECONDS, () -> fx(effect));
                return;
            } catch (TimeoutException notYet) {
                // the click did not register (or the app is slow): look again before another click
                System.err.println("Fx.clickUntil: no effect after click " + attempt + " on " + target.get().orElse(null));
            }
        }
        await(effect);
    }

    /** Clicks into {@code field} and types {@code text}; types again if the keys went elsewhere. */
    public static void type(FxRobot robot, TextInputControl field, String text) throws Exception {
        for (int attempt = 1; attempt <= CLICK_TRIES; attempt++) {
            await(() -> clickable(Optional.of(field)));
            run(field::clear);
            WaitForAsyncUtils.waitForFxEvents(5);
            robot.clickOn(field); // also brings its window to the front, where the robot's keys go
            robot.write(text);
            try {
                WaitForAsyncUtils.waitFor(CLICK_EFFECT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> text.equals(field.getText())));
                return;
            } catch (TimeoutException notYet) {
                // focus was elsewhere: clear and type again
                System.err.println("Fx.type: text not in " + field.getId() + " after try " + attempt);
            }
        }
        await(() -> text.equals(field.getText()));
    }

    /** Clicks a navigation button ({@code "payees"} for {@code #nav-payees}) until its view is selected. */
    public static void nav(FxRobot robot, String view) throws Exception {
        String query = "#nav-" + view;
        clickUntil(robot, query, () -> robot.lookup(query).queryAs(ToggleButton.class).isSelected());
    }

    private static boolean clickable(Optional<Node> node) {
        return node
                .filter(Node::isVisible)
                .filter(n -> !n.isDisabled())
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .isPresent();
    }
}
