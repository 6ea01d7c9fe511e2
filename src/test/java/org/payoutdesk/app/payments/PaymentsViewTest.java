package org.payoutdesk.app.payments;

import org.payoutdesk.app.shared.PaymentRowModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Payments view in the real window on a real engine: a recorded payment whose transaction reverted
 * on chain gets a badge and Credit back; the day filter; explorer links and CSV export still work.
 * {@code -Ddesk.shots=DIR} also writes payments-light.png.
 */
class PaymentsViewTest extends EngineWindowCase {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private PaymentsController view;

    private void mount(boolean readOnly) throws Exception {
        view = windows.mount(WindowRig.context(rig.ledger, readOnly), rig.ledger, rig.desk, MainController.Section.PAYMENTS)
                .payments();
    }

    /** A payment recorded the Go pool's way; {@code reverting} sends it to a login whose code refuses ETH. */
    private String recordedPayment(String login, long amount, boolean reverting, long ts) {
        rig.pool.credit(login, amount);
        assertTrue(rig.pool.lockPayouts(login, amount));
        rig.pool.updateBalance(login, amount, ts);
        String tx;
        if (reverting) {
            rig.rpc.setCode(login, EngineRig.REVERTING_CODE);
            tx = rig.failingTransfer(login, amount);
        } else {
            tx = rig.rpc.transfer(EngineRig.POOL, login, EngineRig.wei(amount));
        }
        rig.awaitMempoolEmpty();
        rig.pool.writePayment(login, tx, amount, ts);
        return tx;
    }

    private boolean creditBackShown(FxRobot robot, String tx) throws Exception {
        return fx(() -> robot.lookup("#" + PaymentsController.CREDIT_BACK + tx).tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
    }

    @Test
    void aRevertedPaymentIsBadgedAndCreditedBack(FxRobot robot, @TempDir Path dir) throws Exception {
        String bad = EngineRig.freshLogin();
        String good = EngineRig.freshLogin();
        long now = Instant.now().getEpochSecond();
        String goodTx = recordedPayment(good, 900_000_000L, false, now - 10);
        String badTx = recordedPayment(bad, 640_000_000L, true, now);
        assertEquals("0x0", rig.rpc.receiptStatus(badTx));
        assertEquals(Map.of("balance", "0", "pending", "0", "paid", "640000000"), rig.miner(bad));
        mount(false);
        await(() -> view.table().getItems().size() == 2 && view.chainStatus(badTx) != null && view.chainStatus(goodTx) != null);
        assertEquals(ReceiptCheck.Status.REVERTED, fx(() -> view.chainStatus(badTx)));
        assertEquals(ReceiptCheck.Status.CONFIRMED, fx(() -> view.chainStatus(goodTx)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> creditBackShown(robot, badTx));
        assertFalse(creditBackShown(robot, goodTx));
        assertEquals(1, fx(() -> robot.lookup(".verdict-reverted").queryAll().size()).intValue());
        windows.shots("payments", false, () -> { });

        // The Login column's filter (ControlsFX TableFilter) narrows the page to one payee's payments.
        var loginColumn = fx(() -> view.table().getColumns().stream().filter(c -> "col-login".equals(c.getId()))
                .findFirst().orElseThrow());
        fx(() -> {
            view.columnFilters().getColumnFilter(loginColumn).orElseThrow();
            view.columnFilters().unselectValue(loginColumn, bad);
            view.columnFilters().executeFilter();
            return null;
        });
        await(() -> view.table().getItems().size() == 1);
        assertEquals(goodTx, fx(() -> view.table().getItems().getFirst().record().txHash()));
        assertEquals(2, (int) fx(() -> view.model().rows().size()), "the page itself is unchanged");
        fx(() -> {
            view.columnFilters().selectAllValues(loginColumn);
            view.columnFilters().executeFilter();
            return null;
        });
        await(() -> view.table().getItems().size() == 2);

        // the explorer link and the CSV export still work
        clickUntil(robot, goodTx, () -> !windows.opened.isEmpty());
        assertEquals(List.of("https://explorer.test/tx/" + goodTx), windows.opened);
        Path csv = dir.resolve("payments.csv");
        fx(() -> { view.exportTo(csv); return null; });
        await(() -> robot.lookup("Exported 2 payments.").tryQuery().isPresent());
        assertEquals(3, Files.readAllLines(csv).size());

        PaymentRecord record = fx(() -> view.table().getItems().stream().map(PaymentRowModel::record)
                .filter(r -> r.txHash().equals(badTx)).findFirst().orElseThrow());
        clickUntil(robot, "#" + PaymentsController.CREDIT_BACK + badTx, () -> view.sheet().isOpen());
        assertEquals(PaymentConfirmations.creditBack(record), fx(() -> view.sheet().message().getText()));
        assertEquals(Map.of("balance", "0", "pending", "0", "paid", "640000000"), rig.miner(bad), "nothing before confirming");
        clickUntil(robot, "#" + ConfirmSheet.ID_CONFIRM, () -> !view.sheet().isOpen());
        await(() -> view.table().getItems().size() == 1);
        assertEquals(Map.of("balance", "640000000", "pending", "0", "paid", "0"), rig.miner(bad));
        assertFalse(rig.pool.raw.zrange("eth:payments:all").keySet().stream().anyMatch(k -> k.startsWith(badTx)));
        assertTrue(rig.pool.raw.zrange("eth:payments:all").containsKey(goodTx + ":" + good + ":900000000"));
        assertEquals("credit-back", rig.ledger.auditTrail(1).getFirst().get("action"));
        assertEquals("Credited back 0.640000000 ETH to " + bad + " (transaction " + badTx + " reverted).",
                fx(() -> ((Label) robot.lookup("#" + PaymentsController.ID_STATUS).query()).getText()));
    }

    @Test
    void readOnlyShowsTheBadgeButNoCreditBack(FxRobot robot) throws Exception {
        String bad = EngineRig.freshLogin();
        String badTx = recordedPayment(bad, 630_000_000L, true, Instant.now().getEpochSecond());
        mount(true);
        await(() -> view.chainStatus(badTx) == ReceiptCheck.Status.REVERTED);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".verdict-reverted").tryQuery().isPresent()));
        assertFalse(fx(() -> view.writable()));
        assertFalse(creditBackShown(robot, badTx));
        assertEquals(0, fx(() -> robot.lookup(".row-action").queryAll().size()).intValue());
    }

    @Test
    void theDayFilterNarrowsTheHistory(FxRobot robot) throws Exception {
        String a = EngineRig.freshLogin();
        LocalDate today = LocalDate.now();
        long threeDaysAgo = today.minusDays(3).atStartOfDay(java.time.ZoneId.systemDefault()).toEpochSecond() + 3600;
        String oldTx = recordedPayment(a, 510_000_000L, false, threeDaysAgo);
        String newTx = recordedPayment(a, 520_000_000L, false, Instant.now().getEpochSecond());
        mount(false);
        await(() -> view.table().getItems().size() == 2);
        fx(() -> { view.fromDay().setValue(today); return null; });
        await(() -> view.table().getItems().size() == 1);
        assertEquals(newTx, fx(() -> view.table().getItems().getFirst().record().txHash()));
        fx(() -> { view.fromDay().setValue(today.minusDays(3)); view.toDay().setValue(today.minusDays(3)); return null; });
        await(() -> view.table().getItems().size() == 1 && view.table().getItems().getFirst().record().txHash().equals(oldTx));
        fx(() -> { view.fromDay().setValue(today.minusDays(2)); view.toDay().setValue(today.minusDays(1)); return null; });
        await(() -> view.table().getItems().isEmpty());
        // A range that ends before it starts is marked on the pickers (ControlsFX ValidationSupport) and not read.
        fx(() -> { view.fromDay().setValue(today); view.toDay().setValue(today.minusDays(3)); return null; });
        await(() -> view.validation().isInvalid());
        assertEquals(PaymentsController.RANGE_BACKWARDS,
                fx(() -> view.validation().getHighestMessage(view.toDay()).orElseThrow().getText()));
        assertTrue(fx(() -> view.table().getItems().isEmpty()));
        assertEquals("the last day is before the first", fx(() -> view.model().position().get()));
        fx(() -> { view.fromDay().setValue(null); view.toDay().setValue(null); return null; });
        await(() -> !view.validation().isInvalid());
        await(() -> view.table().getItems().size() == 2);
    }
}
