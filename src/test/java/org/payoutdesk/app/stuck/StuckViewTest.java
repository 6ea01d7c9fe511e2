package org.payoutdesk.app.stuck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.text;

import java.math.BigInteger;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.payout.BatchListener;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PayoutPlan;
import org.payoutdesk.payout.StuckPayment;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;

/**
 * The Stuck screen on a real engine: a payment paid while anvil does not mine is listed; Speed up shows
 * the new fees and the most it can cost on the confirm sheet and sends only when confirmed; read-only
 * shows the list with both actions disabled.
 */
class StuckViewTest extends EngineWindowCase {
    private static final long AMOUNT = 900_000_000L;
    private Stage stage;

    @AfterEach
    void closeAndMineAgain() throws Exception {
        if (stage != null) org.payoutdesk.testing.Fx.run(stage::close);
        rig.rpc.call("anvil_dropAllTransactions");
        rig.rpc.automine(true);
    }

    private String payUnmined() {
        String login = EngineRig.freshLogin();
        rig.pool.credit(login, AMOUNT);
        rig.rpc.mine();
        rig.rpc.automine(false);
        PayoutPlan plan = rig.desk.plan(0);
        BatchResult r = rig.desk.pay(plan, plan.payments(), false, () -> false, BatchListener.NONE);
        assertFalse(r.halted(), r.lastFail());
        return r.paid().getFirst().txHash();
    }

    private StuckController mount(boolean readOnly) throws Exception {
        return fx(() -> {
            ViewContext ctx = new ViewContext(WindowRig.context(rig.ledger, readOnly), rig.ledger, rig.desk, readOnly,
                    new ExplorerLink(null), url -> { }, () -> { }, new PayeeTableService(rig.ledger, WindowRig.THRESHOLD));
            Views.View<StuckController> view = new Views(ctx).load("stuck/stuck.fxml");
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 1200, 600));
            stage.show();
            return view.controller();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<StuckPayment> table(FxRobot robot) {
        return robot.lookup("#" + StuckController.ID_TABLE).queryAs(TableView.class);
    }

    @Test
    void speedUpIsPreviewedConfirmedAndSent(FxRobot robot) throws Exception {
        String original = payUnmined();
        StuckController c = mount(false);
        await(() -> table(robot).getItems().size() == 1);
        assertEquals(original, fx(() -> table(robot).getItems().getFirst().txHash()));
        org.payoutdesk.testing.Fx.run(() -> table(robot).getSelectionModel().clearSelection());
        assertTrue(fx(() -> robot.lookup("#" + StuckController.ID_SPEEDUP).query().isDisabled()), "nothing selected");
        String login = fx(() -> c.model().rows().getFirst().login());
        org.payoutdesk.testing.Fx.run(() -> table(robot).getSelectionModel().select(0));
        clickUntil(robot, "#" + StuckController.ID_SPEEDUP, () -> robot.lookup(".confirm-sheet").query().isVisible()
                && !text(robot, "#" + ConfirmSheet.ID_MESSAGE).isEmpty());
        String message = text(robot, "#" + ConfirmSheet.ID_MESSAGE);
        assertTrue(message.contains("Replaces " + original) && message.contains("Fees: ") && message.contains("At most "), message);
        assertEquals(List.of(), rig.ledger.attempts(fx(() -> table(robot).getItems().getFirst().member())), "nothing sent before confirming");

        clickUntil(robot, "#" + ConfirmSheet.ID_CONFIRM, () -> text(robot, "#" + StuckController.ID_STATUS).startsWith("Sent "));
        String status = text(robot, "#" + StuckController.ID_STATUS);
        String sent = status.substring("Sent ".length(), "Sent ".length() + 66);
        rig.rpc.mine();
        assertEquals("0x1", rig.rpc.receiptStatus(sent));
        rig.desk.resolve();
        assertEquals(BigInteger.valueOf(AMOUNT).multiply(BigInteger.TEN.pow(9)), rig.rpc.balance(login), "paid once");
        assertEquals(List.of(sent + ":" + login + ":" + AMOUNT), List.copyOf(rig.pool.raw.zrange("eth:payments:all").keySet()),
                "recorded with the mined hash");
    }

    @Test
    void anEmptyListSaysNothingIsStuck(FxRobot robot) throws Exception {
        mount(false);
        await(() -> text(robot, "#" + StuckController.ID_TABLE + " .placeholder .label").startsWith("Nothing is stuck"));
        assertTrue(fx(() -> table(robot).getItems().isEmpty()));
    }

    @Test
    void readOnlyListsButCannotAct(FxRobot robot) throws Exception {
        payUnmined();
        mount(true);
        await(() -> table(robot).getItems().size() == 1);
        org.payoutdesk.testing.Fx.run(() -> table(robot).getSelectionModel().select(0));
        assertTrue(fx(() -> robot.lookup("#" + StuckController.ID_SPEEDUP).query().isDisabled()));
        assertTrue(fx(() -> robot.lookup("#" + StuckController.ID_CANCEL).query().isDisabled()));
    }
}
