package org.payoutdesk.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.nav;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.MainController;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.sandbox.Sandbox;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Smoke test of the real window on the real sandbox (5,000 miners, anvil), on JavaFX's headless
 * platform: the stage is set up as DeskApp.start does it, from the context SandboxWindow passes.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxDeskWindowTest {
    static {
        System.setProperty("testfx.headless", "false"); // JavaFX 26's own headless platform, not Monocle
    }

    private static Sandbox sandbox;
    private static AssembledDesk assembled;
    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private MainController window;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(false);
        assembled = SandboxWindow.open(sandbox);
    }

    @AfterAll
    static void stopSandbox() {
        assembled.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        AppContext ctx = GuiWindow.context(assembled, sandbox.config(), SandboxWindow.TITLE, false);
        PaymentDesk desk = ctx.deskFactory().get();
        window = windows.show(stage, ctx, desk.ledger(), desk);
    }

    @Test
    void theWindowIsTheSandboxAndListsEveryMiner(FxRobot robot) throws Exception {
        Stage stage = windows.stage();
        assertEquals("Payout Desk — Sandbox", fx(stage::getTitle));
        assertTrue(fx(stage::getTitle).contains("Sandbox"));
        nav(robot, "payees");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.payees().table().getItems().size() >= 5_000));
        assertEquals(5_000, (int) fx(() -> window.payees().table().getItems().size()));
    }
}
