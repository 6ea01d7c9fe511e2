package org.payoutdesk.app.pending;

import org.payoutdesk.app.shared.ConfirmSheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PaymentException;
import org.payoutdesk.payout.Verdict;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Pending view on a real payout engine (real Redis, real anvil): entries of every verdict left
 * the way the Go pool leaves them, then the operator's clicks and what they wrote to the ledger.
 * {@code -Ddesk.shots=DIR} also writes pending-light.png / pending-dark.png of the whole window.
 */
class PendingViewTest extends EngineWindowCase {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static EngineRig readOnlyRig;
    private PendingView view;
    private final AtomicInteger changed = new AtomicInteger();

    @BeforeAll
    static void startReadOnlyRig(LocalRedis redis, LocalAnvil anvil) {
        readOnlyRig = new EngineRig(redis, anvil, true);
    }

    @AfterAll
    static void closeReadOnlyRig() {
        readOnlyRig.close();
    }

    /** The Pending view alone on the stage (the main window only where it matters). */
    private void mount(PaymentDesk desk, boolean readOnly) throws Exception {
        fx(() -> {
            view = new PendingView(desk.ledger(), desk, readOnly, new ExplorerLink(WindowRig.EXPLORER), windows.opened::add,
                    changed::incrementAndGet);
            windows.stage().setScene(scene(view));
            view.refresh();
            return null;
        });
        awaitLoaded();
    }

    static Scene scene(Parent root) {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(DeskApp.class.getResource(DeskApp.STYLESHEET).toExternalForm());
        return scene;
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        await(() -> !view.loading().get());
    }

    private PendingRowModel row(String login) throws Exception {
        await(() -> view.table().getItems().stream().anyMatch(m -> m.payment().login().equals(login)));
        return fx(() -> view.table().getItems().stream().filter(m -> m.payment().login().equals(login)).findFirst().orElseThrow());
    }

    private static boolean present(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup("#" + id).tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
    }

    /** Waits until the button (or control) is rendered and visible: the rows render after the load. */
    private static void awaitPresent(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> present(robot, id));
    }

    private String sheetMessage() throws Exception {
        return fx(() -> view.sheet().message().getText());
    }

    private void confirmAndAwaitClosed(FxRobot robot) throws Exception {
        clickUntil(robot, "#" + ConfirmSheet.ID_CONFIRM, () -> !view.sheet().isOpen());
        awaitLoaded();
    }

    @Test
    void paidEntryIsApprovedWithTheHashFoundOnChain(FxRobot robot) throws Exception {
        String m = EngineRig.freshLogin();
        long a = 700_000_000L;
        String tx = rig.paid(m, a);
        assertEquals(Map.of("balance", "700000000", "pending", "700000000"), rig.miner(m));
        mount(rig.desk, false);
        PendingRowModel row = row(m);
        assertEquals(Verdict.PAID, row.verdict(), row.evidenceText());
        assertEquals(tx, row.txHash());
        awaitPresent(robot, PendingView.APPROVE + m);
        assertFalse(present(robot, PendingView.ROLLBACK + m));
        assertFalse(present(robot, PendingView.FORCE_ROLLBACK + m), "a PAID entry is never rolled back");
        assertEquals(1, fx(() -> robot.lookup(".verdict-paid").queryAll().size()).intValue());

        clickUntil(robot, "#" + PendingView.APPROVE + m, () -> view.sheet().isOpen());
        String text = sheetMessage();
        assertTrue(text.contains("  login        " + m + "\n"), text);
        assertTrue(text.contains("  amount       0.700000000 ETH (700,000,000 Shannon)\n"), text);
        assertTrue(text.contains("  transaction  " + tx + " (block "), text);
        assertEquals(Map.of("balance", "700000000", "pending", "700000000"), rig.miner(m), "nothing written before confirming");
        confirmAndAwaitClosed(robot);

        await(() -> view.table().getItems().isEmpty());
        assertEquals(Map.of(), rig.pending());
        assertTrue(rig.pool.raw.zrange("eth:payments:all").containsKey(tx + ":" + m + ":" + a));
        assertEquals(Map.of("balance", "700000000", "pending", "0", "paid", "700000000"), rig.miner(m));
        assertFalse(rig.pool.raw.exists("eth:payments:lock"));
        assertEquals("Approved " + m + ":" + a + ": recorded as paid by " + tx + ".", fx(() -> view.statusLine().getText()));
        assertEquals(1, changed.get(), "the main window is told to reload");
        assertEquals("approve", rig.ledger.auditTrail(1).getFirst().get("action"));
    }

    @Test
    void notSentEntryIsRolledBack(FxRobot robot) throws Exception {
        String m = EngineRig.freshLogin();
        long a = 800_000_000L;
        rig.notSent(m, a);
        mount(rig.desk, false);
        PendingRowModel row = row(m);
        assertEquals(Verdict.NOT_SENT, row.verdict(), row.evidenceText());
        awaitPresent(robot, PendingView.ROLLBACK + m);
        assertFalse(present(robot, PendingView.APPROVE + m));
        assertFalse(present(robot, PendingView.FORCE_ROLLBACK + m));

        clickUntil(robot, "#" + PendingView.ROLLBACK + m, () -> view.sheet().isOpen());
        assertTrue(sheetMessage().contains("  verdict      NOT_SENT: " + row.evidenceText()), sheetMessage());
        // Cancel writes nothing.
        clickUntil(robot, "#" + ConfirmSheet.ID_CANCEL, () -> !view.sheet().isOpen());
        assertEquals(Map.of("balance", "800000000", "pending", "800000000"), rig.miner(m));

        clickUntil(robot, "#" + PendingView.ROLLBACK + m, () -> view.sheet().isOpen());
        confirmAndAwaitClosed(robot);
        await(() -> view.table().getItems().isEmpty());
        assertEquals(Map.of("balance", "1600000000", "pending", "0"), rig.miner(m));
        assertEquals(Map.of(), rig.pending());
        assertFalse(rig.pool.raw.exists("eth:payments:lock"));
        assertEquals(1, changed.get());
    }

    @Test
    void unknownEntryIsApprovedOnlyWithAHashTheChainConfirms(FxRobot robot) throws Exception {
        String m = EngineRig.freshLogin();
        String other = EngineRig.freshLogin();
        long a = 650_000_000L;
        rig.unknown(m, a);
        String right = rig.rpc.transfer(EngineRig.POOL, m, EngineRig.wei(a));
        String wrong = rig.rpc.transfer(EngineRig.POOL, other, EngineRig.wei(a));
        rig.awaitMempoolEmpty();
        mount(rig.desk, false);
        PendingRowModel row = row(m);
        assertEquals(Verdict.UNKNOWN, row.verdict(), row.evidenceText());
        assertEquals(new PendingActions(false, true, false, true), row.actions());
        awaitPresent(robot, PendingView.APPROVE_HASH + m);
        assertTrue(present(robot, PendingView.FORCE_ROLLBACK + m));
        assertFalse(present(robot, PendingView.APPROVE + m));
        assertFalse(present(robot, PendingView.ROLLBACK + m));

        Map<String, Object> before = rig.poolKeys();
        clickUntil(robot, "#" + PendingView.APPROVE_HASH + m, () -> view.sheet().isOpen());
        Button confirm = fx(() -> view.sheet().confirmButton());
        assertTrue(fx(confirm::isDisabled), "no approve before a hash is checked");
        TextField hash = fx(() -> (TextField) robot.lookup("#" + PendingView.ID_HASH_FIELD).query());
        // A malformed hash is decorated (ControlsFX ValidationSupport), says why on hover, and cannot be checked.
        Button check = fx(() -> robot.lookup("#" + PendingView.ID_HASH_CHECK).queryButton());
        fx(() -> { hash.setText(wrong.substring(0, 40)); return null; });
        await(() -> hash.getStyleClass().contains("error"));
        assertTrue(fx(check::isDisabled));
        assertEquals(TxHashValidator.MESSAGE, fx(() -> hash.getTooltip().getText()));
        windows.shots("pending-hash-invalid", false, () -> { });
        fx(() -> { hash.setText(wrong); return null; });
        await(() -> !hash.getStyleClass().contains("error") && !check.isDisabled());
        clickUntil(robot, "#" + PendingView.ID_HASH_CHECK, () -> view.sheet().error().isVisible());
        String refusal = assertThrows(PaymentException.class, () -> rig.desk.verifyApproval(m + ":" + a, wrong)).getMessage();
        assertTrue(refusal.startsWith("transaction " + wrong + " does not pay this entry"), refusal);
        assertEquals(refusal, fx(() -> view.sheet().error().getText()), "the engine's refusal, word for word");
        assertTrue(fx(confirm::isDisabled));
        assertEquals(before, rig.poolKeys(), "a refused hash writes nothing");

        fx(() -> { hash.setText(right); return null; });
        Label result = fx(() -> (Label) robot.lookup("#" + PendingView.ID_HASH_RESULT).query());
        clickUntil(robot, "#" + PendingView.ID_HASH_CHECK, () -> result.getText() != null && !result.getText().isEmpty());
        assertTrue(fx(result::getText).startsWith("Checked on chain: transaction " + right + " in block "), fx(result::getText));
        assertFalse(fx(confirm::isDisabled));
        assertEquals(before, rig.poolKeys(), "checking writes nothing");
        confirmAndAwaitClosed(robot);

        await(() -> view.table().getItems().isEmpty());
        assertTrue(rig.pool.raw.zrange("eth:payments:all").containsKey(right + ":" + m + ":" + a));
        assertEquals(Map.of("balance", "650000000", "pending", "0", "paid", "650000000"), rig.miner(m));
    }

    @Test
    void inMempoolEntryOffersOnlyAForcedRollbackBehindATick(FxRobot robot) throws Exception {
        String m = EngineRig.freshLogin();
        long a = 720_000_000L;
        rig.rpc.automine(false);
        try {
            rig.inMempool(m, a);
            mount(rig.desk, false);
            PendingRowModel row = row(m);
            assertEquals(Verdict.IN_MEMPOOL, row.verdict(), row.evidenceText());
            awaitPresent(robot, PendingView.FORCE_ROLLBACK + m);
            assertFalse(present(robot, PendingView.APPROVE + m));
            assertFalse(present(robot, PendingView.ROLLBACK + m));
            assertFalse(present(robot, PendingView.APPROVE_HASH + m));

            clickUntil(robot, "#" + PendingView.FORCE_ROLLBACK + m, () -> view.sheet().isOpen());
            assertTrue(sheetMessage().startsWith("Warning: the verdict is IN_MEMPOOL"), sheetMessage());
            assertTrue(sheetMessage().contains("pays this miner twice"), sheetMessage());
            CheckBox tick = fx(() -> (CheckBox) robot.lookup("#" + PendingView.ID_FORCE_TICK).query());
            assertEquals("I checked the transaction did not go out", fx(tick::getText));
            Button confirm = fx(() -> view.sheet().confirmButton());
            assertTrue(fx(confirm::isDisabled), "no forced rollback without the tick");
            clickUntil(robot, "#" + PendingView.ID_FORCE_TICK, () -> !confirm.isDisabled());
            windows.shots("pending-force", false, () -> { });
            confirmAndAwaitClosed(robot);

            await(() -> view.table().getItems().isEmpty());
            assertEquals(Map.of("balance", "1440000000", "pending", "0"), rig.miner(m));
            Map<String, String> audit = rig.ledger.auditTrail(5).stream()
                    .filter(e -> "rollback-forced".equals(e.get("action"))).findFirst().orElseThrow();
            assertEquals(m + ":" + a, audit.get("member"));
            assertEquals("IN_MEMPOOL", audit.get("verdict"));
        } finally {
            rig.rpc.automine(true);
            rig.rpc.mine();
        }
    }

    @Test
    void aLockWithoutPendingEntriesIsCleared(FxRobot robot) throws Exception {
        String m = EngineRig.freshLogin();
        assertTrue(rig.pool.lockPayouts(m, 5));
        mount(rig.desk, false);
        Label lock = fx(() -> (Label) robot.lookup("#" + PendingView.ID_LOCK).query());
        assertEquals("Payout lock: " + m + ":5", fx(lock::getText));
        assertTrue(fx(() -> robot.lookup("#" + PendingView.ID_BANNER).queryAs(Label.class).getText())
                .startsWith("The payout lock is held (" + m + ":5) but no payment is pending"));
        awaitPresent(robot, PendingView.ID_CLEAR_LOCK);
        clickUntil(robot, "#" + PendingView.ID_CLEAR_LOCK, () -> view.sheet().isOpen());
        assertEquals(PendingConfirmations.clearLock(m + ":5"), sheetMessage());
        confirmAndAwaitClosed(robot);
        await(() -> "Payout lock: none".equals(lock.getText()));
        assertFalse(rig.pool.raw.exists("eth:payments:lock"));
        assertFalse(present(robot, PendingView.ID_CLEAR_LOCK));
        assertEquals("unlock", rig.ledger.auditTrail(1).getFirst().get("action"));
        assertEquals("The payout lock was cleared.", fx(() -> view.statusLine().getText()));
    }

    @Test
    void readOnlyOffersNoWriteAction(FxRobot robot) throws Exception {
        String paid = EngineRig.freshLogin();
        String lost = EngineRig.freshLogin();
        rig.paid(paid, 610_000_000L);
        rig.notSent(lost, 620_000_000L);
        Map<String, Object> before = rig.poolKeys();
        for (PaymentDesk desk : List.of(rig.desk, readOnlyRig.desk)) {
            mount(desk, desk == rig.desk);
            assertEquals(Verdict.PAID, row(paid).verdict());
            assertEquals(Verdict.NOT_SENT, row(lost).verdict());
            assertFalse(fx(() -> view.writable()));
            assertEquals(PendingActions.NONE, row(paid).actions());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".verdict-not-sent").tryQuery().isPresent()));
            assertEquals(0, fx(() -> robot.lookup(".row-action").queryAll().stream().filter(javafx.scene.Node::isVisible).count()));
            assertFalse(present(robot, PendingView.ID_RESOLVE_ALL));
            assertFalse(fx(() -> view.table().getColumns().stream().filter(c -> "col-actions".equals(c.getId()))
                    .findFirst().orElseThrow().isVisible()));
        }
        // No engine at all: the entries without verdicts, and nothing to click.
        fx(() -> {
            view = new PendingView(rig.ledger);
            windows.stage().setScene(scene(view));
            view.refresh();
            return null;
        });
        awaitLoaded();
        assertEquals(2, fx(() -> view.table().getItems().size()));
        assertEquals(0, fx(() -> robot.lookup(".row-action").queryAll().size()));
        // A stale lock in read-only mode: shown, not clearable.
        rig.pool.raw.ok("DEL", "eth:payments:pending");
        mount(readOnlyRig.desk, false);
        assertTrue(fx(() -> view.table().getItems().isEmpty()));
        assertFalse(present(robot, PendingView.ID_CLEAR_LOCK));
        before.remove("payments:pending");
        Map<String, Object> after = rig.poolKeys();
        after.remove("payments:pending");
        assertEquals(before, after, "read-only wrote nothing");
    }

    @Test
    void resolveAllInTheWindowListsEachEntryAndActsOnTheDecidedOnes(FxRobot robot) throws Exception {
        List<String> l = EngineRig.logins(5);
        String paid = l.get(0), lost = l.get(1), unsure = l.get(2), reverted = l.get(3), mempool = l.get(4);
        String paidTx = rig.paid(paid, 710_000_000L);
        rig.notSent(lost, 720_000_000L);
        // journalled with a nonce nobody used (the etclabscore fork's way): NOT_SENT even with a busy mempool
        rig.pool.journal(lost, 720_000_000L, rig.rpc.nonce(EngineRig.POOL, "pending") + 50, null);
        rig.unknown(unsure, 730_000_000L);
        rig.reverted(reverted, 740_000_000L);
        rig.rpc.automine(false);
        try {
            rig.inMempool(mempool, 750_000_000L);
            view = windows.mount(WindowRig.context(rig.ledger, false), rig.ledger, rig.desk, MainController.Section.PENDING).pending();
            await(() -> view.table().getItems().size() == 5 && !view.loading().get());
            Map<String, Verdict> verdicts = fx(() -> view.table().getItems().stream()
                    .collect(java.util.stream.Collectors.toMap(r -> r.payment().login(), PendingRowModel::verdict)));
            assertEquals(Map.of(paid, Verdict.PAID, lost, Verdict.NOT_SENT, unsure, Verdict.UNKNOWN,
                    reverted, Verdict.REVERTED, mempool, Verdict.IN_MEMPOOL), verdicts);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".verdict-in-mempool").tryQuery().isPresent()));
            for (String style : List.of(".verdict-paid", ".verdict-not-sent", ".verdict-unknown", ".verdict-reverted",
                    ".verdict-in-mempool")) {
                assertEquals(1, fx(() -> robot.lookup(style).queryAll().size()).intValue(), style);
            }
            // The explorer link of the paid entry opens the configured explorer.
            clickUntil(robot, paidTx, () -> !windows.opened.isEmpty());
            assertEquals(List.of("https://explorer.test/tx/" + paidTx), windows.opened);
            windows.shots("pending", true, () -> view.table().getSelectionModel().select(2));

            clickUntil(robot, "#" + PendingView.ID_RESOLVE_ALL, () -> view.sheet().isOpen());
            String text = sheetMessage();
            assertTrue(text.contains(paid + "  0.710000000 ETH  paid → approve: record as paid by " + paidTx), text);
            assertTrue(text.contains(lost + "  0.720000000 ETH  not sent → roll back"), text);
            assertTrue(text.contains(unsure + "  0.730000000 ETH  unknown → left pending"), text);
            assertTrue(text.contains(reverted + "  0.740000000 ETH  reverted → roll back"), text);
            assertTrue(text.contains(mempool + "  0.750000000 ETH  in mempool → left pending"), text);
            assertTrue(text.endsWith("The payout lock stays while 2 entries are left pending."), text);
            confirmAndAwaitClosed(robot);
            await(() -> view.table().getItems().size() == 2 && !view.loading().get());
            assertEquals(java.util.Set.of(unsure + ":730000000", mempool + ":750000000"), rig.pending().keySet());
            assertEquals("Resolved: 1 approved, 2 rolled back, 2 left pending.", fx(() -> view.statusLine().getText()));
            assertEquals("710000000", rig.miner(paid).get("paid"));
            assertEquals(Map.of("balance", "1440000000", "pending", "0"), rig.miner(lost));
            assertEquals(Map.of("balance", "1480000000", "pending", "0"), rig.miner(reverted));
        } finally {
            rig.rpc.automine(true);
            rig.rpc.mine();
        }
    }
}
