package org.payoutdesk.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.present;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.payout.ReceiptCheck;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.Fx;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window and review dialog on a real Redis (seeded raw as the Go pool writes) and a real
 * anvil, with the real engine: review, untick, confirm, send; stop mid-batch; read-only; a halt
 * (anvil killed before the second broadcast, so this one runs last).
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewPayoutTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    static final long THRESHOLD = 500_000_000L;
    private static LocalRedis redis;
    private static LocalAnvil anvil;
    private static int salt = (int) (System.nanoTime() & 0xfff);

    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private GoPoolFixture pool;
    private HookedSigner signer;
    private MainController window;
    private ChainRpc rpc;

    @BeforeAll
    static void servers(LocalRedis r, LocalAnvil a) {
        redis = r;
        anvil = a;
    }

    @Start
    void start(Stage stage) {
        pool = windows.closing(new GoPoolFixture(redis, "eth"));
        pool.raw.flushall();
        rpc = new ChainRpc(anvil.rpcUrl());
        PaymentDesk desk = desk(false);
        window = windows.show(stage, context(desk, false), desk.ledger(), desk);
    }

    /** An engine whose signer runs {@code signer.beforeSend} before each broadcast. */
    private PaymentDesk desk(boolean readOnly) {
        return windows.desk(redis, anvil,
                node -> signer = new HookedSigner(new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true)),
                PayoutSettings.FeeMode.LEGACY, readOnly);
    }

    private static AppContext context(PaymentDesk d, boolean readOnly) {
        return AppContext.forDesk(() -> d, null, "Test", readOnly, null, THRESHOLD);
    }

    /** Fresh addresses nobody has used on this chain, so a balance on chain is what we paid. */
    private static List<String> freshLogins(int n) {
        salt++;
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("0x%08x%032x", 0x7e000000 | salt, i)).toList();
    }

    private static BigInteger wei(long shannon) {
        return Shannon.toWei(shannon);
    }

    private ReviewView review() {
        return window.reviewDialog().view();
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return Fx.text(robot, "#" + id);
    }

    /** The "N paid" of the batch counts ("3 paid · 0 skipped · 1 to go · …"). */
    private static int paidSoFar(FxRobot robot) throws Exception {
        String counts = text(robot, ReviewView.ID_COUNTS);
        return counts == null || !counts.contains(" paid") ? 0 : Integer.parseInt(counts.substring(0, counts.indexOf(' ')));
    }

    private void openReview(FxRobot robot, int rows) throws Exception {
        clickUntil(robot, "#" + MainController.ID_REVIEW, () -> window.reviewDialog() != null && window.reviewDialog().isShowing());
        await(() -> review().selection() != null && review().table().getItems().size() == rows);
    }

    private void openConfirmation(FxRobot robot) throws Exception {
        clickUntil(robot, "#" + ReviewView.ID_SEND, () -> present(robot, "#" + ReviewView.ID_CONFIRM_OK));
    }

    /** OK on the confirmation: done when the confirmation is gone and the batch has started. */
    private void confirmSend(FxRobot robot) throws Exception {
        clickUntil(robot, "#" + ReviewView.ID_CONFIRM_OK, () -> !present(robot, "#" + ReviewView.ID_CONFIRM_OK));
        await(() -> review().sending() || review().result() != null);
    }

    private void approveAndSend(FxRobot robot) throws Exception {
        openConfirmation(robot);
        confirmSend(robot);
    }

    private long field(String login, String f) {
        return Long.parseLong(pool.raw.hgetall(pool.key("miners", login)).getOrDefault(f, "0"));
    }

    @Test
    @Order(1)
    void untickedMinerIsNotPaidAndTheTickedOnesArePaidExactly(FxRobot robot) throws Exception {
        List<String> l = freshLogins(4);
        String a = l.get(0), b = l.get(1), c = l.get(2), held = l.get(3);
        pool.credit(a, 3_000_000_001L);
        pool.credit(b, 2_000_000_000L);
        pool.credit(c, 700_000_007L);
        pool.threshold(c, "600000000");
        pool.minerField(held, "balance", "12x");
        pool.financesField("paid", "1000000000");
        fx(() -> { window.refresh(); return null; });
        await(() -> robot.lookup("#fig-paid").tryQuery().isPresent() && "1.000000000 ETH".equals(text(robot, "fig-paid")));

        openReview(robot, 3);
        assertEquals(List.of(a, b, c), fx(() -> review().table().getItems().stream().map(p -> p.login()).toList()));
        assertEquals(List.of(held), fx(() -> review().heldTable().getItems().stream().map(h -> h.login()).toList()));
        assertFalse(fx(() -> review().heldTable().getItems().getFirst().reason().isBlank()));
        assertEquals("3 of 3", text(robot, "fig-review-count"));
        assertEquals("5.700000008 ETH", text(robot, "fig-review-total"));
        assertFalse(fx(() -> review().sendButton().isDisabled()));

        clickUntil(robot, "#tick-" + b, () -> "2 of 3".equals(text(robot, "fig-review-count")));
        assertEquals("3.700000008 ETH", text(robot, "fig-review-total"));
        BigInteger gasEach = fx(() -> review().selection().plan().gasPerPaymentWei());
        // 9 decimals like every amount (not the up to 18 of the exact figure), the exact wei on hover.
        String gas = text(robot, "fig-review-gas");
        assertEquals(Amounts.ethRounded(gasEach.multiply(BigInteger.TWO)), gas);
        assertTrue(gas.matches("(≈ )?\\d+\\.\\d{9} ETH"), gas);
        assertTrue(fx(() -> robot.lookup("#fig-review-gas").queryAs(Label.class).getTooltip().getText())
                .startsWith(String.format(java.util.Locale.ROOT, "%,d wei = 2 × ", gasEach.multiply(BigInteger.TWO))));
        for (String id : List.of("fig-review-wallet", "fig-review-wallet-after")) {
            assertTrue(text(robot, id).matches("(≈ )?-?\\d+\\.\\d{9} ETH"), () -> id + " has 9 decimals");
        }

        openConfirmation(robot);
        String confirm = text(robot, "review-confirm-text");
        for (String s : List.of("Payments:        2", "3.700000008 ETH (3,700,000,008 Shannon)", "Estimated gas:",
                "Wallet now:", "Wallet after:", "From:            " + LocalAnvil.ACCOUNT_0,
                "Signed by:       the node's account", "Chain id:        31337")) {
            assertTrue(confirm.contains(s), () -> "missing '" + s + "' in " + confirm);
        }
        confirmSend(robot);
        await(() -> review().receiptChecks() != null);

        BatchResult r = fx(() -> review().result());
        assertFalse(r.halted());
        assertEquals(List.of(a, c), r.paid().stream().map(p -> p.login()).toList());
        assertEquals(List.of(ReceiptCheck.Status.CONFIRMED, ReceiptCheck.Status.CONFIRMED),
                fx(() -> review().receiptChecks().stream().map(ReceiptCheck::status).toList()));
        assertTrue(text(robot, ReviewView.ID_RECEIPTS).contains("2 confirmed, 0 reverted, 0 not mined"));
        // On chain: exactly the ticked amounts; the unticked miner got nothing.
        assertEquals(wei(3_000_000_001L), rpc.balance(a));
        assertEquals(wei(700_000_007L), rpc.balance(c));
        assertEquals(BigInteger.ZERO, rpc.balance(b));
        // In the ledger: the unticked miner keeps the whole balance; finances paid grew by the exact total.
        assertEquals(2_000_000_000L, field(b, "balance"));
        assertEquals(0L, field(a, "balance"));
        assertEquals(3_000_000_001L, field(a, "paid"));
        assertEquals(700_000_007L, field(c, "paid"));
        assertEquals("4700000008", pool.raw.hgetall(pool.key("finances")).get("paid"));
        assertTrue(pool.raw.zrange(pool.key("payments", "pending")).isEmpty());
        assertFalse(pool.raw.exists(pool.key("payments", "lock")));
        // The window read the ledger again after the batch.
        await(() -> "4.700000008 ETH".equals(text(robot, "fig-paid")));
        await(() -> window.payees().table().getItems().stream()
                .anyMatch(m -> m.login().equals(a) && m.paid() == 3_000_000_001L));
        assertEquals("3.000000001", fx(() -> window.payees().table().getItems().stream()
                .filter(m -> m.login().equals(a)).findFirst().map(PayeeRowModel::paidText).orElseThrow()));
        assertFalse(fx(() -> window.haltBanner().isVisible()));
        // The desktop is told how the batch ended (a ControlsFX notification over the main window).
        await(() -> notice().contains(BatchNotice.SENT));
        assertTrue(notice().contains("Paid 2 (3.700000008 ETH), skipped 0."), notice());
        clickUntil(robot, "#" + ReviewView.ID_CLOSE, () -> !window.reviewDialog().isShowing());
    }

    /** Every text on the ControlsFX notifications showing now (each is a popup window of its own). */
    private static String notice() throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".notification-bar").stream())
                .flatMap(bar -> bar.lookupAll(".label").stream())
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    @Test
    @Order(2)
    void cancelAndEscCloseTheReviewWithoutSending(FxRobot robot) throws Exception {
        String m = freshLogins(1).getFirst();
        pool.credit(m, 900_000_000L);
        openReview(robot, 1);
        clickUntil(robot, "#" + ReviewView.ID_CANCEL, () -> !window.reviewDialog().isShowing());
        openReview(robot, 1);
        fx(() -> { window.reviewDialog().stage().requestFocus(); return null; });
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        await(() -> !window.reviewDialog().isShowing());
        assertEquals(900_000_000L, field(m, "balance"), "nothing was sent");
        assertTrue(pool.raw.zrange(pool.key("payments", "pending")).isEmpty());
        pool.minerField(m, "balance", "0"); // not in the next tests' plans
    }

    @Test
    @Order(3)
    void stopAfterThisPaymentPaysFewerAndLeavesNothingPending(FxRobot robot) throws Exception {
        List<String> l = freshLogins(4);
        for (int i = 0; i < 4; i++) pool.credit(l.get(i), 4_000_000_000L - i * 100_000_000L);
        // Blocks every second, and the batch waits for each: slow enough to stop half-way.
        rpc.automine(false);
        rpc.call("evm_setIntervalMining", "1");
        try {
            openReview(robot, 4);
            clickUntil(robot, "#" + ReviewView.ID_WAIT_EACH, () -> review().waitEachSelected());
            approveAndSend(robot);
            await(() -> paidSoFar(robot) >= 1 || review().result() != null);
            assertTrue(text(robot, ReviewView.ID_ETA).startsWith("ETA about") || text(robot, ReviewView.ID_ETA).startsWith("ETA less"),
                    () -> "eta shown");
            clickUntil(robot, "#" + ReviewView.ID_STOP, () -> review().stopAsked() || review().result() != null);
            await(() -> review().result() != null);
        } finally {
            rpc.call("evm_setIntervalMining", "0");
            rpc.automine(true);
        }
        BatchResult r = fx(() -> review().result());
        assertTrue(r.stopped());
        assertFalse(r.halted());
        assertTrue(r.paid().size() >= 1 && r.paid().size() < 4, () -> "paid " + r.paid().size());
        assertEquals(4, r.paid().size() + r.notAttempted());
        assertTrue(pool.raw.zrange(pool.key("payments", "pending")).isEmpty());
        assertFalse(pool.raw.exists(pool.key("payments", "lock")));
        for (int i = 0; i < 4; i++) {
            long amount = 4_000_000_000L - i * 100_000_000L;
            boolean paid = i < r.paid().size();
            assertEquals(paid ? 0 : amount, field(l.get(i), "balance"));
            assertEquals(paid ? amount : 0, field(l.get(i), "paid"));
            assertEquals(paid ? wei(amount) : BigInteger.ZERO, rpc.balance(l.get(i)));
        }
        assertTrue(text(robot, ReviewView.ID_SUMMARY).contains("Stopped by the operator"));
        await(() -> review().receiptChecks() != null);
    }

    @Test
    @Order(4)
    void readOnlyOpensTheReviewButCannotSend(FxRobot robot) throws Exception {
        List<String> l = freshLogins(1);
        pool.credit(l.getFirst(), 900_000_000L);
        PaymentDesk readOnlyDesk = desk(true);
        WindowRig second = new WindowRig();
        MainController ro = second.showInNewStage(context(readOnlyDesk, true), readOnlyDesk.ledger(), readOnlyDesk);
        try {
            assertFalse(fx(() -> ro.reviewButton().isDisabled()));
            clickUntil(robot, ro.reviewButton(), () -> ro.reviewDialog() != null && ro.reviewDialog().isShowing());
            ReviewView v = ro.reviewDialog().view();
            await(() -> v.selection() != null && v.table().getItems().size() == 1);
            assertTrue(fx(() -> v.sendButton().isDisabled()));
            Label why = fx(() -> (Label) v.lookup("#" + ReviewView.ID_WHY_NOT));
            assertEquals("Read-only mode: nothing can be sent.", fx(why::getText));
            assertNotNull(fx(() -> v.lookup("#blocker-read_only")));
            robot.clickOn(v.sendButton());
            assertTrue(robot.lookup("#" + ReviewView.ID_CONFIRM_OK).tryQuery().isEmpty());
            assertEquals(900_000_000L, field(l.getFirst(), "balance"));
        } finally {
            second.dispose();
        }
    }

    @Test
    @Order(5)
    void shortcutOpensTheReview(FxRobot robot) throws Exception {
        pool.credit(freshLogins(1).getFirst(), 800_000_000L);
        clickUntil(robot, "#nav-overview", () -> ((javafx.scene.control.ToggleButton) robot.lookup("#nav-overview").query()).isSelected());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.R)
                .release(javafx.scene.input.KeyCode.R, javafx.scene.input.KeyCode.CONTROL);
        await(() -> window.reviewDialog().isShowing() && review().selection() != null);
        fx(() -> { window.reviewDialog().close(); return null; });
    }

    @Test
    @Order(6)
    void aHaltShowsTheBannerWithLastFailAndLeadsToPending(FxRobot robot) throws Exception {
        List<String> l = freshLogins(3);
        for (int i = 0; i < 3; i++) pool.credit(l.get(i), 3_000_000_000L - i * 100_000_000L);
        signer.beforeSend = n -> {
            if (n == 2) anvil.kill(); // the node dies as the second payment goes out
        };
        openReview(robot, 3);
        approveAndSend(robot);
        await(() -> review().result() != null);
        BatchResult r = fx(() -> review().result());
        assertTrue(r.halted());
        assertEquals(l.get(1), r.haltedOn());
        assertEquals(1, r.paid().size());
        // The batch's lastFail is on the main window's banner.
        await(() -> window.haltBanner().isVisible());
        assertEquals("Payouts halted: " + r.lastFail(), fx(() -> window.haltBanner().text()));
        assertTrue(text(robot, ReviewView.ID_SUMMARY).contains("HALTED on " + l.get(1)));
        await(() -> notice().contains(BatchNotice.HALTED));
        assertTrue(notice().contains("Halted on " + l.get(1) + ":\n" + BatchNotice.shorten(r.lastFail())), notice());
        // The halted payment stays pending for reconciliation.
        Map<String, String> pending = pool.raw.zrange(pool.key("payments", "pending"));
        assertEquals(List.of(l.get(1) + ":2900000000"), List.copyOf(pending.keySet()));
        clickUntil(robot, "#" + ReviewView.ID_CLOSE, () -> !window.reviewDialog().isShowing());
        clickUntil(robot, "#" + HaltBanner.ID_PENDING, () -> window.pending().getParent() != null);
        await(() -> window.pending().getParent() != null && window.pending().isVisible()
                && window.pending().table().getItems().size() == 1);
        assertTrue(fx(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#nav-pending").query()).isSelected()));
        // Still pending after a refresh: the banner stays until dismissed.
        fx(() -> { window.refresh(); return null; });
        Thread.sleep(500);
        assertTrue(fx(() -> window.haltBanner().isVisible()));
        clickUntil(robot, "#" + HaltBanner.ID_DISMISS, () -> !window.haltBanner().isVisible());
    }
}
