package org.payoutdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.present;
import static org.payoutdesk.testing.Fx.text;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.overview.OverviewController;
import org.payoutdesk.app.overview.WalletSample;
import org.payoutdesk.app.overview.WalletSampleFile;
import org.payoutdesk.app.status.StatusBarController;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real payout engine: Redis written as the Go pool writes it and a real anvil
 * whose dev account 0 is the pool wallet (node-managed signing, no net_peerCount). The wallet is set
 * to exact wei so coverage can be checked to the hundredth; the last tests kill Redis, then anvil.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthWindowTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static final String COIN = "eth";
    private static final Duration HEALTH_PERIOD = Duration.ofMillis(300);
    private static final String A = "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String B = "0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    /** 12.345678901234567890 ETH: not a whole number of Shannon; the card shows 9 decimals (cut), the tooltip every wei. */
    private static final BigInteger WALLET = new BigInteger("12345678901234567890");
    private static LocalRedis redis;
    private static LocalAnvil anvil;
    private static Path stateDir;
    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private PoolLedger ledger;
    private PaymentDesk desk;
    private MainController window;

    @BeforeAll
    static void seed(LocalRedis r, LocalAnvil a) throws Exception {
        redis = r;
        anvil = a;
        stateDir = Files.createTempDirectory("payout-desk-state-");
        System.setProperty(WalletSampleFile.STATE_DIR_PROPERTY, stateDir.toString());
        try (GoPoolFixture pool = new GoPoolFixture(r, COIN)) {
            pool.credit(A, 9_000_000_000L);
            pool.credit(B, 1_000_000_000L);
            pool.minerField(B, "pending", "500000000");
            pool.financesField("pending", "500000000");
            long now = Instant.now().getEpochSecond();
            // Paid: 1.5 ETH an hour ago, 0.25 ETH two days ago, 7 ETH ten days ago.
            pool.zadd(pool.key("payments", "all"), now - 3_600, "0x" + "1".repeat(64) + ":" + A + ":1500000000");
            pool.zadd(pool.key("payments", "all"), now - 2 * 86_400, "0x" + "2".repeat(64) + ":" + B + ":250000000");
            pool.zadd(pool.key("payments", "all"), now - 10 * 86_400, "0x" + "3".repeat(64) + ":" + A + ":7000000000");
        }
        a.setBalance(LocalAnvil.ACCOUNT_0, WALLET);
    }

    @Start
    void start(Stage stage) {
        // desk.readOnly in the engine's settings only: the window's own context is writable.
        desk = windows.desk(redis, anvil, node -> new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true),
                PayoutSettings.FeeMode.LEGACY, true);
        ledger = desk.ledger();
        AppContext ctx = new AppContext(() -> ledger, () -> desk, null, "Test", false, null, 500_000_000L, HEALTH_PERIOD);
        window = windows.show(stage, ctx, ledger, desk);
    }

    @Test
    @Order(1)
    void overviewShowsWalletOwedExactCoverageAndPaidWindows(FxRobot robot) throws Exception {
        await(() -> present(robot, "#fig-coverage") && !text(robot, "#fig-coverage").equals("unknown")
                && present(robot, "#fig-paid-7d") && !text(robot, "#fig-paid-7d").equals("reading…"));
        assertEquals("12.345678901 ETH", text(robot, "#fig-wallet"));
        assertEquals("12,345,678,901,234,567,890 wei", fx(() -> robot.lookup("#fig-wallet").queryAs(Label.class).getTooltip().getText()));
        assertEquals("10.500000000 ETH", text(robot, "#fig-owed"));
        assertEquals("10,500,000,000 Shannon", fx(() -> robot.lookup("#fig-owed").queryAs(Label.class).getTooltip().getText()));
        // 12.345678901234567890 / 10.5 = 117.5778...%, rounded down.
        assertEquals("117.57 %", text(robot, "#fig-coverage"));
        assertTrue(fx(() -> robot.lookup("#fig-coverage").queryAs(Label.class).getStyleClass().contains("ok-text")));
        assertFalse(present(robot, "#fig-shortfall"));
        assertEquals("1.500000000 ETH", text(robot, "#fig-paid-24h"));
        assertEquals("1", text(robot, "#fig-paid-24h-count"));
        assertEquals("1.750000000 ETH", text(robot, "#fig-paid-7d"));
        assertEquals("2", text(robot, "#fig-paid-7d-count"));
        await(() -> present(robot, "#fig-over-threshold"));
        assertEquals("2", text(robot, "#fig-over-threshold"));
        assertEquals("0", text(robot, "#fig-pending-count"));
        assertEquals("none", text(robot, "#fig-lock"));
        // Money is never ellipsized: each amount label is at least as wide as its text needs.
        for (String id : List.of("#fig-wallet", "#fig-owed", "#fig-paid-7d", "#fig-total-mined")) {
            Label l = robot.lookup(id).queryAs(Label.class);
            assertTrue(fx(() -> l.getWidth() >= l.prefWidth(-1) - 0.5), id + " is cut: " + fx(l::getWidth));
        }
    }

    @Test
    @Order(2)
    void coverageTurnsRedWhenTheWalletIsShort(FxRobot robot) throws Exception {
        anvil.setBalance(LocalAnvil.ACCOUNT_0, new BigInteger("10499999999999999999"));
        try {
            fx(() -> { window.refresh(); return null; });
            await(() -> present(robot, "#fig-coverage") && "99.99 %".equals(text(robot, "#fig-coverage")));
            assertTrue(fx(() -> robot.lookup("#fig-coverage").queryAs(Label.class).getStyleClass().contains("danger-text")));
            // One wei short: the shortfall rounds up (never reads as nothing), the wallet down (never reads as more).
            assertEquals("0.000000001 ETH", text(robot, "#fig-shortfall"));
            // The drop below 100 % reaches the desktop (ControlsFX Notifications), with the coverage in its text.
            await(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
            assertTrue(fx(() -> robot.lookup(".notification-bar .label").queryAll().stream()
                    .map(n -> ((Label) n).getText()).anyMatch(t -> t != null && t.contains("99.99 %"))));
            assertEquals("1 wei", fx(() -> robot.lookup("#fig-shortfall").queryAs(Label.class).getTooltip().getText()));
            assertEquals("10.499999999 ETH", text(robot, "#fig-wallet"));
            assertEquals("10,499,999,999,999,999,999 wei", fx(() -> robot.lookup("#fig-wallet").queryAs(Label.class).getTooltip().getText()));
        } finally {
            anvil.setBalance(LocalAnvil.ACCOUNT_0, WALLET);
        }
    }

    @Test
    @Order(3)
    void walletSamplesSurviveARestart(FxRobot robot) throws Exception {
        await(() -> !window.overview().walletChart().times().isEmpty());
        WalletSampleFile file = WalletSampleFile.forPool(COIN, ledger.endpointDisplay());
        assertTrue(file.path().startsWith(stateDir), file.path().toString());
        List<String> lines = Files.readAllLines(file.path());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("," + WALLET + ",10500000000")), lines.toString());
        long old = Instant.now().getEpochSecond() - 3 * 3_600;
        file.append(new WalletSample(old, BigInteger.valueOf(7), 8));
        Files.writeString(file.path(), "garbage line\n", java.nio.file.StandardOpenOption.APPEND);

        // A new view on the same pool (what the next start of the app builds) plots the kept samples.
        OverviewController again = fx(() -> window.views().<OverviewController>load("overview/overview.fxml").controller());
        fx(() -> { again.refresh(); return null; });
        await(() -> again.walletChart().times().contains(old));
        List<Long> times = fx(() -> again.walletChart().times());
        assertEquals(old, times.getFirst().longValue(), "oldest first");
        assertTrue(times.size() >= 3, times.toString());
        assertFalse(Files.readString(file.path()).contains("garbage"), "the corrupt line is compacted away");
        fx(() -> { again.dispose(); return null; });
    }

    @Test
    @Order(4)
    void statusBarShowsNodeAndSigner(FxRobot robot) throws Exception {
        await(() -> text(robot, "#" + StatusBarController.ID_NODE_STATE).startsWith("chain "));
        assertTrue(text(robot, "#" + StatusBarController.ID_NODE_STATE)
                .matches("chain 31337 · block [0-9,]+ · peers unknown · synced"), text(robot, "#" + StatusBarController.ID_NODE_STATE));
        assertEquals("node account 0xf39f…2266 unlocked", text(robot, "#" + StatusBarController.ID_SIGNER));
        assertFalse(fx(() -> robot.lookup("#" + StatusBarController.ID_UNLOCK).query().isVisible()));
        // desk.readOnly in the engine's settings is enough for the badges.
        assertEquals("READ-ONLY", text(robot, "#" + StatusBarController.ID_READ_ONLY));
        assertEquals("READ-ONLY", text(robot, "#toolbar-read-only"));
        // The bottom line is ControlsFX's StatusBar, the badge among its right items.
        org.controlsfx.control.StatusBar bar = robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class);
        assertTrue(fx(() -> bar.getRightItems().stream().anyMatch(n -> StatusBarController.ID_READ_ONLY.equals(n.getId()))));
    }

    @Test
    @Order(5)
    void redisDownIsReportedAndRecoversOnTheSamePort(FxRobot robot) throws Exception {
        String state = "#" + StatusBarController.ID_REDIS_STATE;
        await(() -> "connected".equals(text(robot, state)));
        redis.kill();
        await(() -> text(robot, state).startsWith("down since "));
        assertTrue(text(robot, state).matches("down since \\d\\d:\\d\\d:\\d\\d, retrying in \\d+ s"), text(robot, state));
        Process again = new ProcessBuilder(redis.binary(), "--port", Integer.toString(redis.port()),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir",
                System.getProperty("java.io.tmpdir")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> "connected".equals(text(robot, state))));
            assertEquals(0, window.status().health().consecutiveFailures());
        } finally {
            again.destroyForcibly().waitFor();
        }
    }

    @Test
    @Order(6)
    void nodeDownIsReportedWithItsRetry(FxRobot robot) throws Exception {
        String nodeState = "#" + StatusBarController.ID_NODE_STATE;
        await(() -> text(robot, nodeState).startsWith("chain "));
        anvil.kill();
        await(() -> text(robot, nodeState).startsWith("node down since "));
        assertTrue(text(robot, nodeState).matches("node down since \\d\\d:\\d\\d:\\d\\d, retrying in \\d+ s"), text(robot, nodeState));
        assertEquals("signer unknown (node down)", text(robot, "#" + StatusBarController.ID_SIGNER));
        await(() -> window.status().nodeHealth().consecutiveFailures() >= 2);
        double wait = fx(() -> window.status().nodeHealth().getCumulativePeriod().toMillis());
        assertTrue(wait >= 4 * HEALTH_PERIOD.toMillis(), "backs off: " + wait + " ms");
    }
}
