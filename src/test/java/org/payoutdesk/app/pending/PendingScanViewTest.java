package org.payoutdesk.app.pending;

import org.payoutdesk.app.shared.ConfirmSheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.MainController;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.payout.Verdict;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;

/**
 * The real window on the Pending view while reconciliation scans a few hundred blocks of a real anvil
 * for a legacy entry's transfer: the progress bar and "Scanning blocks 100 of N", then Cancel, and the
 * entry comes back UNKNOWN with the blocks searched. The scan pauses at 100 blocks
 * ({@link GatedScanNode}) so the robot sees it running. {@code -Ddesk.shots=DIR} also writes
 * pending-scan-light.png / pending-scan-dark.png.
 */
class PendingScanViewTest extends EngineWindowCase {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static final long AMOUNT = 730_000_000L;
    private static final long PAUSE_AT = 100;
    private static LocalAnvil anvil;
    private PendingView view;
    private GatedScanNode gated;

    @BeforeAll
    static void chain(LocalAnvil chain) {
        anvil = chain;
    }

    @BeforeEach
    void gate() {
        gated = new GatedScanNode(rig.node, PAUSE_AT);
    }

    @AfterEach
    void openTheGate() {
        gated.open(); // before the window is disposed: nothing stays blocked on the gate
    }

    /** The Go pool's lock and debit at the time of the current head block, then 400 more blocks. */
    private static String legacyEntryBefore400Blocks(String login) {
        long at = rig.node.blockTimestamp(rig.node.blockNumber());
        rig.pool.credit(login, 2 * AMOUNT);
        assertTrue(rig.pool.lockPayouts(login, AMOUNT));
        rig.pool.updateBalance(login, AMOUNT, at);
        anvil.mine(400);
        return login + ":" + AMOUNT;
    }

    /** The window on the Pending view, its engine reading the chain through the gate. */
    private void openWindow() throws Exception {
        PayoutSettings settings = new PayoutSettings(EngineRig.POOL, 500_000_000L, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "test");
        PaymentDesk desk = new PaymentDesk(rig.ledger, gated, new NodeAccountSigner(rig.node, EngineRig.POOL, true),
                settings, Duration.ofMillis(100));
        view = windows.mount(WindowRig.context(rig.ledger, false), rig.ledger, desk, MainController.Section.PENDING).pending();
    }

    private static <T extends javafx.scene.Node> T node(FxRobot robot, String id, Class<T> type) throws Exception {
        return fx(() -> robot.lookup("#" + id).queryAs(type));
    }

    private Map<String, PendingRowModel> rows() throws Exception {
        return fx(() -> view.table().getItems().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.payment().member(), m -> m)));
    }

    @Test
    void theScanShowsItsProgressAndCancelGivesUnknownWithTheBlocksSearched(FxRobot robot) throws Exception {
        String login = EngineRig.freshLogin();
        String member = legacyEntryBefore400Blocks(login);
        long head = rig.node.blockNumber();
        Map<String, Object> before = rig.poolKeys();
        openWindow();

        assertTrue(gated.awaitPaused(Duration.ofSeconds(30)), "the scan reached the gate");
        await(() -> view.scan().figuresProperty().get() != null && view.scan().figuresProperty().get().done() == PAUSE_AT);
        ScanFigures f = fx(() -> view.scan().figuresProperty().get());
        assertEquals(head, f.lastBlock());
        long total = head - f.fromBlock() + 1;
        assertTrue(total > 400, "every block since the debit: " + f);
        assertEquals(total, f.total());
        // the JavaFX thread answers while the scan runs: the load is off it
        assertTrue(fx(() -> view.loading().get()));
        assertTrue(fx(() -> robot.lookup("#" + ScanStrip.ID).query().isVisible()));
        assertEquals(String.format(Locale.ROOT, "Scanning blocks 100 of %,d", total),
                node(robot, ScanStrip.ID_TEXT, Label.class).getText());
        assertEquals(100.0 / total, node(robot, ScanStrip.ID_BAR, ProgressBar.class).getProgress(), 1e-9);
        assertEquals("0.730000000 ETH to " + login.substring(0, 8) + "…" + login.substring(38) + " · blocks " + f.fromBlock() + "–" + head,
                node(robot, ScanStrip.ID_DETAIL, Label.class).getText());
        assertEquals("Reading the pending payments…", fx(() -> ((Label) view.table().getPlaceholder()).getText()),
                "a first load that scans never says \"nothing pending\"");
        windows.shots("pending-scan", true, () -> { });

        clickUntil(robot, "#" + ScanStrip.ID_CANCEL, () -> view.scan().cancelAsked());
        assertEquals("stopping…", node(robot, ScanStrip.ID_DETAIL, Label.class).getText());
        assertTrue(node(robot, ScanStrip.ID_CANCEL, Button.class).isDisabled());
        gated.open();
        await(() -> !view.loading().get() && rows().containsKey(member) && rows().get(member).verdict() != null);

        assertFalse(fx(() -> robot.lookup("#" + ScanStrip.ID).query().isVisible()), "the strip hides once the load ends");
        PendingRowModel row = rows().get(member);
        assertEquals(Verdict.UNKNOWN, row.verdict(), row.evidenceText());
        assertTrue(row.evidenceText().contains("scanned blocks " + f.fromBlock() + "–" + (f.fromBlock() + 99) + " of "
                + f.fromBlock() + "–" + head + ", stopped by the operator"), row.evidenceText());
        assertEquals(before, rig.poolKeys(), "a reconciliation only reads");

        // Check again, not stopped this time: the whole range says NOT_SENT.
        clickUntil(robot, "#" + PendingView.ID_CHECK_AGAIN,
                () -> view.loading().get() || rows().get(member).verdict() == Verdict.NOT_SENT);
        await(() -> !view.loading().get() && rows().get(member).verdict() == Verdict.NOT_SENT);
        assertTrue(rows().get(member).evidenceText().contains("(every block since the debit)"), rows().get(member).evidenceText());
        assertFalse(fx(() -> robot.lookup("#" + ScanStrip.ID).query().isVisible()));
    }

    @Test
    void noStripWhenNothingNeedsAScan(FxRobot robot) throws Exception {
        String login = EngineRig.freshLogin();
        String paidTx = rig.paid(login, AMOUNT);
        rig.pool.journal(login, AMOUNT, rig.node.transaction(paidTx).orElseThrow().nonce(), paidTx);
        openWindow();
        await(() -> !view.loading().get() && rows().containsKey(login + ":" + AMOUNT)
                && rows().get(login + ":" + AMOUNT).verdict() == Verdict.PAID);
        assertFalse(fx(() -> robot.lookup("#" + ScanStrip.ID).query().isVisible()));
        assertEquals(null, fx(() -> view.scan().figuresProperty().get()));
    }

    @Test
    void resolveAllShowsItsScanOnTheSheetAndCancelLeavesTheEntryPending(FxRobot robot) throws Exception {
        String member = legacyEntryBefore400Blocks(EngineRig.freshLogin());
        Map<String, Object> before = rig.poolKeys();
        openWindow();
        assertTrue(gated.awaitPaused(Duration.ofSeconds(30)), "the load's scan reached the gate");
        gated.open();
        await(() -> !view.loading().get() && rows().containsKey(member) && rows().get(member).verdict() == Verdict.NOT_SENT);

        // Resolve all scans again before it writes: that scan shows on the sheet, with its own Cancel.
        gated.rearm();
        clickUntil(robot, "#" + PendingView.ID_RESOLVE_ALL, () -> view.sheet().isOpen());
        assertFalse(fx(() -> robot.lookup("#" + ScanStrip.ID + PendingView.ACTION_SCAN).query().isVisible()),
                "no strip before the action runs");
        clickUntil(robot, "#" + ConfirmSheet.ID_CONFIRM, () -> view.sheet().working().get());
        assertTrue(gated.awaitPaused(Duration.ofSeconds(30)), "the resolve's scan reached the gate");
        await(() -> view.actionScan().figuresProperty().get() != null && view.actionScan().figuresProperty().get().done() == PAUSE_AT);
        String strip = "#" + ScanStrip.ID + PendingView.ACTION_SCAN;
        assertTrue(fx(() -> robot.lookup(strip).query().isVisible() && view.sheet().isOpen()));
        assertTrue(node(robot, ScanStrip.ID_TEXT + PendingView.ACTION_SCAN, Label.class).getText().startsWith("Scanning blocks 100 of "));
        assertEquals(null, fx(() -> view.scan().figuresProperty().get()), "the view's own strip is not involved");

        clickUntil(robot, "#" + ScanStrip.ID_CANCEL + PendingView.ACTION_SCAN, () -> view.actionScan().cancelAsked());
        gated.open();
        await(() -> !view.sheet().isOpen());
        assertEquals("Resolved: 0 approved, 0 rolled back, 1 left pending.", fx(() -> view.statusLine().getText()));
        assertEquals(before, rig.poolKeys(), "a cancelled scan writes nothing: the entry stays pending");
        await(() -> !view.loading().get() && rows().get(member).verdict() == Verdict.NOT_SENT);
        assertEquals(null, fx(() -> view.actionScan().figuresProperty().get()), "the sheet's strip is gone with the action");
    }
}
