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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.BatchCloseGuard;
import org.payoutdesk.app.DeskApp;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.ThemePreference;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.chain.Web3EthNode;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaidPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.ChainRpc;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the main window while a batch is being sent, on the real window, review dialog and engine
 * over a real Redis and anvil. Blocks come every second and the batch waits for each; every broadcast
 * is also held back 600 ms after the debit, so a ledger closed too early would leave a payment
 * half-done (pending, locked) and these tests would see it.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloseDuringBatchTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static final String TITLE = "Close test";
    private static final long THRESHOLD = 500_000_000L;
    private static final Pattern ASKED = Pattern.compile(
            "A payout batch is being sent: (\\d+) of (\\d+) paid\\. Closing now stops it after the payment in flight;"
                    + " nothing already debited is lost\\.");
    private static final Pattern PAID = Pattern.compile("^(\\d+) paid");
    private static LocalRedis redis;
    private static LocalAnvil anvil;
    private static int salt = (int) (System.nanoTime() & 0xfff);

    private GoPoolFixture pool;
    private RedisPoolLedger ledger;
    private Web3EthNode node;
    private HookedSigner signer;
    private MainController window;
    private Stage stage;
    private BatchCloseGuard guard;
    private ChainRpc rpc;
    private volatile boolean ledgerClosed;

    @BeforeAll
    static void servers(LocalRedis r, LocalAnvil a) {
        redis = r;
        anvil = a;
    }

    @Start
    void start(Stage primary) {
        Platform.setImplicitExit(false); // the test closes its window; the toolkit must stay for the next test
        pool = new GoPoolFixture(redis, "eth");
        pool.raw.flushall();
        rpc = new ChainRpc(anvil.rpcUrl());
        ledger = new RedisPoolLedger(GoPoolFixture.endpoint(redis), "eth");
        ledgerClosed = false;
        node = Web3EthNode.connect(anvil.rpcUrl(), Duration.ofSeconds(3));
        signer = new HookedSigner(new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true));
        signer.beforeSend = n -> sleep(600);
        PayoutSettings settings = new PayoutSettings(LocalAnvil.ACCOUNT_0, THRESHOLD, 0, true, null, null,
                PayoutSettings.FeeMode.LEGACY, null, null, false, Duration.ofSeconds(20), 10_000, false, "tester");
        PaymentDesk desk = new PaymentDesk(ledger, node, signer, settings, Duration.ofMillis(100));
        AppContext ctx = AppContext.forDesk(() -> desk, null, TITLE, false, null, THRESHOLD);
        ThemePreference theme = new ThemePreference(Preferences.userRoot().node("payoutdesk-test"));
        theme.apply();
        window = MainController.load(ctx, ledger, desk, theme, url -> { });
        stage = new Stage();
        stage.setTitle(TITLE);
        stage.setScene(DeskApp.scene(window));
        guard = BatchCloseGuard.install(stage, window);
        stage.show();
        window.start();
    }

    @AfterEach
    void close() throws Exception {
        try {
            rpc.call("evm_setIntervalMining", "0");
            rpc.automine(true);
        } finally {
            fx(() -> {
                window.reviewDialog().close();
                stage.hide();
                window.dispose();
                return null;
            });
            closeLedger();
            node.close();
            pool.close();
        }
    }

    /** What DeskApp.stop does once the window is gone. */
    private synchronized void closeLedger() {
        if (ledgerClosed) return;
        ledgerClosed = true;
        ledger.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> freshLogins(int n) {
        salt++;
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("0x%08x%032x", 0x7c000000 | salt, i)).toList();
    }

    private ReviewView review() {
        return window.reviewDialog().view();
    }

    private long field(String login, String f) {
        return Long.parseLong(pool.raw.hgetall(pool.key("miners", login)).getOrDefault(f, "0"));
    }

    private String text(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }

    private int paidSoFar(FxRobot robot) throws Exception {
        Matcher m = PAID.matcher(String.valueOf(text(robot, ReviewView.ID_COUNTS)));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Credits {@code n} fresh miners, opens the review and sends them all, waiting for each; returns when one is paid. */
    private List<String> sendSlowBatch(FxRobot robot, int n) throws Exception {
        List<String> logins = freshLogins(n);
        for (int i = 0; i < n; i++) pool.credit(logins.get(i), amount(i));
        rpc.automine(false);
        rpc.call("evm_setIntervalMining", "1");
        clickUntil(robot, "#" + MainController.ID_REVIEW, () -> window.reviewDialog() != null && window.reviewDialog().isShowing());
        await(() -> review().selection() != null && review().table().getItems().size() == n);
        clickUntil(robot, "#" + ReviewView.ID_WAIT_EACH, () -> review().waitEachSelected());
        clickUntil(robot, "#" + ReviewView.ID_SEND, () -> present(robot, "#" + ReviewView.ID_CONFIRM_OK));
        clickUntil(robot, "#" + ReviewView.ID_CONFIRM_OK, () -> !present(robot, "#" + ReviewView.ID_CONFIRM_OK));
        await(() -> review().sending() || review().result() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> paidSoFar(robot) >= 1);
        return logins;
    }

    private static long amount(int i) {
        return 3_000_000_000L - i * 100_000_007L; // the plan pays the largest balance first
    }

    /** As the window manager does for the X: a close request on the main window, on the JavaFX thread. */
    private void requestClose() throws Exception {
        fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
    }

    /** Waits for the confirmation, lets it settle, and returns "N of M" as {N, M}. */
    private int[] confirmationShown(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#" + BatchCloseGuard.ID_TEXT).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(5);
        String asked = text(robot, BatchCloseGuard.ID_TEXT);
        Matcher m = ASKED.matcher(asked);
        assertTrue(m.matches(), () -> "confirmation text: " + asked);
        Button keep = fx(() -> robot.lookup("#" + BatchCloseGuard.ID_KEEP_SENDING).queryButton());
        Button stopAndClose = fx(() -> robot.lookup("#" + BatchCloseGuard.ID_STOP_AND_CLOSE).queryButton());
        // Alt+K / Alt+S: each answer has its mnemonic.
        assertEquals("_Keep sending", fx(keep::getText));
        assertEquals("_Stop after this payment and close", fx(stopAndClose::getText));
        assertTrue(fx(() -> keep.isMnemonicParsing() && stopAndClose.isMnemonicParsing()));
        assertTrue(fx(keep::isDefaultButton));
        assertFalse(fx(stopAndClose::isDefaultButton));
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private boolean confirmationGone(FxRobot robot) {
        return robot.lookup("#" + BatchCloseGuard.ID_TEXT).tryQuery().isEmpty();
    }

    /** Ledger and chain agree: paid miners have balance 0 and paid = amount, the others are untouched. */
    private void assertPaidExactly(List<String> logins, Set<String> paid) {
        assertTrue(pool.raw.zrange(pool.key("payments", "pending")).isEmpty(), "no pending payment left");
        assertFalse(pool.raw.exists(pool.key("payments", "lock")), "no lock left");
        assertTrue(pool.raw.hgetall(pool.key("payments", "pendingtx")).isEmpty(), "no journalled hash left");
        assertTrue(pool.raw.hgetall(pool.key("payments", "pendingnonce")).isEmpty(), "no journalled nonce left");
        long total = 0;
        for (int i = 0; i < logins.size(); i++) {
            String login = logins.get(i);
            boolean p = paid.contains(login);
            assertEquals(p ? 0 : amount(i), field(login, "balance"), login + " balance");
            assertEquals(p ? amount(i) : 0, field(login, "paid"), login + " paid");
            assertEquals(0, field(login, "pending"), login + " pending");
            assertEquals(p ? Shannon.toWei(amount(i)) : BigInteger.ZERO, rpc.balance(login), login + " on chain");
            if (p) total += amount(i);
        }
        assertEquals(Long.toString(total), pool.raw.hgetall(pool.key("finances")).getOrDefault("paid", "0"));
    }

    @Test
    @Order(1)
    void keepSendingLeavesTheBatchRunningToTheEnd(FxRobot robot) throws Exception {
        List<String> logins = sendSlowBatch(robot, 5);
        RunningBatch batch = fx(() -> review().runningBatch());

        requestClose();
        int[] asked = confirmationShown(robot);
        assertEquals(5, asked[1]);
        assertTrue(asked[0] >= 1 && asked[0] <= 5, () -> "paid so far " + asked[0]);
        // Enter picks the default, "Keep sending": nothing stops, nothing closes.
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        await(() -> confirmationGone(robot));
        assertFalse(batch.stopAsked());
        assertFalse(guard.closing());
        assertTrue(fx(stage::isShowing));

        requestClose();
        confirmationShown(robot);
        clickUntil(robot, "#" + BatchCloseGuard.ID_KEEP_SENDING, () -> confirmationGone(robot));
        assertFalse(batch.stopAsked());
        assertTrue(fx(stage::isShowing));
        assertEquals(TITLE, fx(stage::getTitle));

        await(() -> review().result() != null);
        BatchResult r = fx(() -> review().result());
        assertFalse(r.stopped());
        assertFalse(r.halted());
        assertEquals(logins, r.paid().stream().map(PaidPayment::login).toList());
        assertTrue(batch.finished());
        assertTrue(fx(stage::isShowing));
        assertTrue(fx(() -> window.reviewDialog().isShowing()));
        assertPaidExactly(logins, Set.copyOf(logins));
        // With nothing in flight a close request closes as usual.
        requestClose();
        assertFalse(fx(stage::isShowing));
        assertTrue(confirmationGone(robot));
    }

    @Test
    @Order(2)
    void stopAndCloseWaitsForTheBatchThenClosesTheLedger(FxRobot robot) throws Exception {
        List<String> titles = new CopyOnWriteArrayList<>();
        List<String> sendingTitles = new CopyOnWriteArrayList<>();
        AtomicReference<String> atHide = new AtomicReference<>();
        List<String> logins = sendSlowBatch(robot, 6);
        RunningBatch batch = fx(() -> review().runningBatch());
        fx(() -> {
            stage.titleProperty().addListener((o, a, b) -> titles.add(b));
            Label sendingTitle = (Label) review().lookup("#" + ReviewView.ID_SENDING_TITLE);
            sendingTitle.textProperty().addListener((o, a, b) -> sendingTitles.add(b));
            // As DeskApp: once the window is gone, dispose the views and close the ledger.
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                atHide.set("finished=" + batch.finished() + " result=" + (review().result() != null));
                window.dispose();
                closeLedger();
            });
            return null;
        });

        requestClose();
        int[] asked = confirmationShown(robot);
        assertEquals(6, asked[1]);
        clickUntil(robot, "#" + BatchCloseGuard.ID_STOP_AND_CLOSE, () -> confirmationGone(robot));
        assertTrue(batch.stopAsked());
        assertTrue(guard.closing());
        // While the payment in flight finishes, the window stays and says what it is doing.
        assertTrue(titles.contains(TITLE + " — Stopping after this payment… then closing"), () -> "titles " + titles);
        assertTrue(sendingTitles.contains("Stopping after this payment, then closing Payout Desk…"),
                () -> "sending titles " + sendingTitles);
        // A second close request while stopping asks nothing and closes nothing early.
        requestClose();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertTrue(confirmationGone(robot));

        await(() -> !stage.isShowing());
        assertEquals("finished=true result=true", atHide.get(), "the window closed only after the batch returned");
        assertFalse(fx(() -> window.reviewDialog().isShowing()));
        assertTrue(ledgerClosed);
        BatchResult r = fx(() -> review().result());
        assertNotNull(r);
        assertTrue(r.stopped(), "stopped by the operator");
        assertFalse(r.halted(), () -> "halted: " + r.lastFail());
        assertTrue(r.paid().size() >= 1 && r.paid().size() < 6, () -> "paid " + r.paid().size());
        assertEquals(6, r.paid().size() + r.notAttempted());
        List<String> paid = r.paid().stream().map(PaidPayment::login).toList();
        assertEquals(logins.subList(0, paid.size()), paid);
        assertPaidExactly(logins, Set.copyOf(paid));
    }

    @Test
    @Order(3)
    void theShutdownPathStopsAfterThisPaymentAndWaits(FxRobot robot) throws Exception {
        List<String> logins = sendSlowBatch(robot, 5);
        RunningBatch batch = fx(() -> review().runningBatch());
        assertEquals(batch, RunningBatch.current().orElseThrow());
        // What the JVM shutdown hook runs (SIGTERM), here on the test thread.
        assertTrue(RunningBatch.drainCurrent(BatchShutdownHook.GRACE));
        assertTrue(batch.finished());
        assertTrue(RunningBatch.current().isEmpty());
        closeLedger();
        await(() -> review().result() != null);
        BatchResult r = fx(() -> review().result());
        assertTrue(r.stopped());
        assertFalse(r.halted(), () -> "halted: " + r.lastFail());
        assertTrue(r.paid().size() >= 1 && r.paid().size() < 5, () -> "paid " + r.paid().size());
        Set<String> paid = r.paid().stream().map(PaidPayment::login).collect(Collectors.toSet());
        assertPaidExactly(logins, paid);
        assertEquals(new ArrayList<>(logins.subList(0, paid.size())), r.paid().stream().map(PaidPayment::login).toList());
    }
}
