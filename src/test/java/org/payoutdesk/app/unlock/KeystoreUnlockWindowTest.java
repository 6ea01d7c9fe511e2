package org.payoutdesk.app.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.text;
import static org.payoutdesk.testing.Fx.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.overview.WalletSampleFile;
import org.payoutdesk.app.status.StatusBarController;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.TestKeystores;
import org.payoutdesk.wiring.UnlockableKeystoreSigner;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window with a real keystore (anvil's dev account 0) that starts locked: the status bar
 * offers "Unlock…", a wrong password shows the engine's message and the dialog stays for a retry,
 * the right one unlocks the signer and the status bar says so.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
class KeystoreUnlockWindowTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static LocalRedis redis;
    private static LocalAnvil anvil;
    private static Path keystore;
    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private UnlockableKeystoreSigner signer;

    @BeforeAll
    static void setUp(LocalRedis r, LocalAnvil a) throws Exception {
        redis = r;
        anvil = a;
        Path dir = Files.createTempDirectory("payout-desk-keys-");
        System.setProperty(WalletSampleFile.STATE_DIR_PROPERTY, dir.resolve("state").toString());
        keystore = TestKeystores.of(LocalAnvil.ACCOUNT_0_KEY, dir);
    }

    @Start
    void start(Stage stage) {
        PaymentDesk desk = windows.desk(redis, anvil,
                node -> signer = new UnlockableKeystoreSigner(node, keystore, LocalAnvil.ACCOUNT_0),
                PayoutSettings.FeeMode.EIP1559, false);
        AppContext ctx = new AppContext(desk::ledger, () -> desk, signer, "Test", false, null, 500_000_000L,
                Duration.ofMillis(300));
        windows.show(stage, ctx, desk.ledger(), desk);
    }

    @Test
    void wrongThenRightPassword(FxRobot robot) throws Exception {
        String signerItem = "#" + StatusBarController.ID_SIGNER;
        await(() -> "keystore locked —".equals(text(robot, signerItem))
                && robot.lookup("#" + StatusBarController.ID_UNLOCK).query().isVisible());
        assertEquals("keystore " + keystore.getFileName() + " is locked: unlock it in the window",
                fx(() -> robot.lookup(signerItem).queryAs(Label.class).getTooltip().getText()));

        clickUntil(robot, "#" + StatusBarController.ID_UNLOCK, () -> robot.lookup("#" + UnlockDialog.ID_PASSWORD).tryQuery().isPresent());
        PasswordField field = robot.lookup("#" + UnlockDialog.ID_PASSWORD).queryAs(PasswordField.class);
        type(robot, field, "guess");
        clickUntil(robot, "#" + UnlockDialog.ID_UNLOCK, () -> text(robot, "#" + UnlockDialog.ID_MESSAGE).contains("wrong password"));
        assertEquals("cannot decrypt the keystore " + keystore + ": wrong password (or a damaged file)",
                text(robot, "#" + UnlockDialog.ID_MESSAGE));
        assertEquals("", fx(field::getText), "the field is emptied once its characters are handed over");
        assertFalse(signer.unlocked());
        assertTrue(fx(() -> field.getScene().getWindow().isShowing()), "the dialog stays open for another try");

        type(robot, field, TestKeystores.PASSWORD);
        clickUntil(robot, "#" + UnlockDialog.ID_UNLOCK, () -> robot.lookup("#" + UnlockDialog.ID_PASSWORD).tryQuery().isEmpty());
        assertTrue(signer.unlocked());
        assertEquals("", fx(field::getText));
        await(() -> "keystore 0xf39f…2266 unlocked".equals(text(robot, signerItem)));
        assertFalse(fx(() -> robot.lookup("#" + StatusBarController.ID_UNLOCK).query().isVisible()));
    }
}
