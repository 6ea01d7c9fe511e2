package org.payoutdesk.app.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.type;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.payout.KeystoreUnlock;
import org.payoutdesk.payout.PaymentException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dialog with a test keystore: what reaches unlock(), on which thread, and that it is wiped. */
@ExtendWith(ApplicationExtension.class)
class UnlockDialogTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    /** A keystore that accepts one password and remembers what it was given (as copies) and where. */
    static final class TestKeystore implements KeystoreUnlock {
        final List<String> given = new ArrayList<>();
        final List<Boolean> onFxThread = new ArrayList<>();
        final List<char[]> arrays = new ArrayList<>();
        volatile boolean unlocked;

        @Override
        public String keystoreName() { return "UTC--test.json"; }

        @Override
        public boolean unlocked() { return unlocked; }

        @Override
        public synchronized void unlock(char[] password) {
            given.add(new String(password));
            arrays.add(password);
            onFxThread.add(javafx.application.Platform.isFxApplicationThread());
            boolean ok = java.util.Arrays.equals(password, "open sesame".toCharArray());
            java.util.Arrays.fill(password, '\0');
            if (!ok) throw new PaymentException("wrong password for UTC--test.json");
            unlocked = true;
        }
    }

    private final TestKeystore keystore = new TestKeystore();
    private final AtomicInteger unlockedCalls = new AtomicInteger();
    private UnlockDialog dialog;

    @Start
    void start(Stage stage) {
        stage.show();
        dialog = new UnlockDialog(keystore, stage);
        dialog.showAndUnlock(unlockedCalls::incrementAndGet);
    }

    @Test
    void wrongPasswordStaysForARetryRightOneCloses(FxRobot robot) throws Exception {
        PasswordField field = robot.lookup("#" + UnlockDialog.ID_PASSWORD).queryAs(PasswordField.class);
        assertTrue(fx(() -> robot.lookup("#" + UnlockDialog.ID_UNLOCK).query().isDisabled()), "nothing typed yet");
        type(robot, field, "sesame");
        clickUntil(robot, "#" + UnlockDialog.ID_UNLOCK,
                () -> "wrong password for UTC--test.json".equals(robot.lookup("#" + UnlockDialog.ID_MESSAGE).queryAs(Label.class).getText()));
        assertEquals("", fx(field::getText));
        assertTrue(fx(dialog::isShowing));
        String shots = System.getProperty("desk.shots"); // -Ddesk.shots=DIR: unlock-wrong-light.png
        if (shots != null) fx(() -> {
            org.payoutdesk.testing.EngineRig.screenshot(dialog.getDialogPane().getScene(),
                    java.nio.file.Path.of(shots, "unlock-wrong-light.png"));
            return null;
        });
        type(robot, field, "open sesame");
        clickUntil(robot, "#" + UnlockDialog.ID_UNLOCK, () -> !dialog.isShowing());
        assertEquals(List.of("sesame", "open sesame"), keystore.given);
        assertEquals(List.of(false, false), keystore.onFxThread, "decrypting never runs on the JavaFX thread");
        for (char[] a : keystore.arrays) assertEquals(a.length, new String(a).chars().filter(c -> c == 0).count());
        assertTrue(keystore.unlocked);
        assertEquals(Boolean.TRUE, fx(dialog::getResult));
        assertEquals(1, unlockedCalls.get());
        assertFalse(fx(dialog.service()::isRunning));
    }
}
