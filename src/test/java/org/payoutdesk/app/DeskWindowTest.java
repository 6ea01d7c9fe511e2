package org.payoutdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;
import static org.payoutdesk.testing.Fx.nav;
import static org.payoutdesk.testing.Fx.text;
import static org.payoutdesk.testing.Fx.type;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.payees.PayeesController;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.app.pending.PendingRowModel;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over a real Redis, written raw as the Go pool writes it (PoolFixture) and read
 * through RedisPoolLedger. The last test kills Redis and watches the status bar back off.
 */
@ExtendWith({RedisExtension.class, ApplicationExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskWindowTest {
    static {
        // pom.xml's argLine sets testfx.headless=true, which makes TestFX look for Monocle; JavaFX 26's
        // own headless platform (-Dglass.platform=Headless, also in the argLine) needs no Monocle.
        System.setProperty("testfx.headless", "false");
    }

    private static final Duration HEALTH_PERIOD = Duration.ofMillis(300);
    private static LocalRedis redis;
    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private MainController window;

    @BeforeAll
    static void seed(LocalRedis r) {
        redis = r;
        PoolFixture.write(r);
    }

    @Start
    void start(Stage stage) {
        RedisEndpoint ep = new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(1));
        AppContext ctx = new AppContext(() -> new RedisPoolLedger(ep, PoolFixture.COIN), "Test", true,
                WindowRig.EXPLORER, PoolFixture.GLOBAL_THRESHOLD, HEALTH_PERIOD);
        window = windows.show(stage, ctx, windows.closing(ctx.ledgerFactory().get()), null);
    }

    private List<String> payeeLogins() throws Exception {
        return fx(() -> window.payees().table().getItems().stream().map(PayeeRowModel::login).toList());
    }

    /** Texts of the rendered cells of one column (by its id), top to bottom. */
    private Set<String> cellTexts(FxRobot robot, String columnId) throws Exception {
        return fx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet()));
    }

    @Test
    @Order(1)
    void payeesShowEveryMinerWithExactAmounts(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        Set<String> balances = cellTexts(robot, "col-balance");
        assertEquals(Set.of("12.500000000", "0.900000001", "2.000000000", "0.000000007", "0.000000000"), balances);
        assertEquals(Set.of("0.250000000", "0.000000000"), cellTexts(robot, "col-pending"));
        assertTrue(cellTexts(robot, "col-paid").contains("3.000000000"));
        assertEquals(Set.of("global", "5.000000000"), cellTexts(robot, "col-threshold"));
        PayeeRowModel a = fx(() -> window.payees().table().getItems().stream()
                .filter(m -> m.login().equals(PoolFixture.A)).findFirst().orElseThrow());
        assertEquals("0.001000000", a.immatureText());
        assertTrue(a.lastShareText().matches("([2-9]|[1-5][0-9]) min ago"), a.lastShareText()); // 2 min before the fixture
        assertTrue(fx(() -> window.reviewButton().isDisabled()), "the payout engine is not there yet");
    }

    @Test
    @Order(2)
    void sortingByBalanceIsNumeric(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        // What a click on the header does (the headless robot's header clicks are not reliable).
        var table = window.payees().table();
        var balance = table.getColumns().stream().filter(c -> "col-balance".equals(c.getId())).findFirst().orElseThrow();
        fx(() -> {
            balance.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            return table.getSortOrder().setAll(List.of(balance));
        });
        // 0 (malformed, read as 0), 7, 900000001, 2e9, 12.5e9 Shannon: a string sort would put "12.5" before "2.0".
        await(() -> !window.payees().sorting().get() && window.payees().table().getItems().getFirst().login().equals(PoolFixture.BAD));
        assertEquals(List.of(PoolFixture.BAD, PoolFixture.D, PoolFixture.B, PoolFixture.C, PoolFixture.A), payeeLogins());
        fx(() -> { balance.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING); return null; });
        await(() -> !window.payees().sorting().get() && window.payees().table().getItems().getFirst().login().equals(PoolFixture.A));
        assertEquals(List.of(PoolFixture.A, PoolFixture.C, PoolFixture.B, PoolFixture.D, PoolFixture.BAD), payeeLogins());
    }

    @Test
    @Order(3)
    void searchNarrowsTheRowsCaseInsensitively(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        type(robot, robot.lookup("#" + PayeesController.ID_SEARCH).queryAs(javafx.scene.control.TextField.class), "ABCDEF");
        await(() -> window.payees().table().getItems().size() == 1);
        assertEquals(List.of(PoolFixture.D), payeeLogins());
        robot.doubleClickOn("#" + PayeesController.ID_SEARCH).eraseText(6).write("0x2222");
        await(() -> window.payees().table().getItems().size() == 1
                && window.payees().table().getItems().getFirst().login().equals(PoolFixture.B));
    }

    @Test
    @Order(3)
    void columnFiltersNarrowTheTableButKeepOurRows(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        var table = window.payees().table();
        var flags = table.getColumns().stream().filter(c -> "col-flags".equals(c.getId())).findFirst().orElseThrow();
        // What unticking "bad number" in the Flags column's filter (ControlsFX TableFilter) does.
        fx(() -> {
            var filters = window.payees().columnFilters();
            filters.getColumnFilter(flags).orElseThrow();
            filters.unselectValue(flags, "bad number");
            filters.executeFilter();
            return null;
        });
        await(() -> window.payees().table().getItems().size() == 4);
        assertFalse(payeeLogins().contains(PoolFixture.BAD));
        assertEquals(5, (int) fx(() -> window.payees().model().rows().size()), "our own rows are all still there");
        assertEquals("4 of 5", text(robot, "#payees-count"));
        fx(() -> {
            window.payees().columnFilters().selectAllValues(flags);
            window.payees().columnFilters().executeFilter();
            return null;
        });
        await(() -> window.payees().table().getItems().size() == 5);
    }

    @Test
    @Order(3)
    void theSearchFieldsClearButtonShowsEveryoneAgain(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        javafx.scene.control.TextField search = robot.lookup("#" + PayeesController.ID_SEARCH)
                .queryAs(javafx.scene.control.TextField.class);
        type(robot, search, "ABCDEF");
        await(() -> window.payees().table().getItems().size() == 1);
        // ControlsFX's clearable field: the × on its right empties it.
        javafx.scene.Node clear = robot.lookup("#" + PayeesController.ID_SEARCH + " .clear-button").query();
        clickUntil(robot, clear, () -> search.getText().isEmpty());
        await(() -> window.payees().table().getItems().size() == 5);
    }

    @Test
    @Order(3)
    void ctrlAndADigitSwitchScreens(FxRobot robot) throws Exception {
        for (var s : List.of(MainController.Section.PAYEES, MainController.Section.PAYMENTS,
                MainController.Section.PENDING, MainController.Section.FINANCES, MainController.Section.STUCK,
                MainController.Section.OVERVIEW)) {
            var key = javafx.scene.input.KeyCode.getKeyCode(Integer.toString(s.ordinal() + 1));
            fx(() -> {
                javafx.event.Event.fireEvent(window.root(), new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, false, true, false, false));
                return null;
            });
            assertTrue(fx(() -> window.navButton(s).isSelected()), s.name());
        }
    }

    @Test
    @Order(4)
    void malformedRowShowsItsFlagWithTheReason(FxRobot robot) throws Exception {
        nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 5);
        TableCell<?, ?> flag = fx(() -> robot.lookup(".table-cell.flag-cell").queryAllAs(TableCell.class)
                .stream().filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow());
        assertEquals("bad number", flag.getText());
        String hint = fx(() -> flag.getTooltip().getText());
        assertTrue(hint.contains("balance") && hint.contains("12abc"), hint);
        PayeeRowModel bad = fx(() -> (PayeeRowModel) flag.getTableRow().getItem());
        assertEquals(PoolFixture.BAD, bad.login());
        // Exactly one row is flagged: the healthy rows carry no warning style.
        assertEquals(1L, (long) fx(() -> robot.lookup(".table-cell.flag-cell").queryAllAs(TableCell.class)
                .stream().filter(c -> c.getText() != null && !c.getText().isEmpty()).count()));
    }

    @Test
    @Order(5)
    void pendingShowsTheStuckEntryAndTheLock(FxRobot robot) throws Exception {
        nav(robot, "pending");
        await(() -> window.pending().table().getItems().size() == 1);
        PendingRowModel row = fx(() -> window.pending().table().getItems().getFirst());
        assertEquals(PoolFixture.B, row.payment().login());
        assertEquals(PoolFixture.STUCK_AMOUNT, row.payment().amount());
        assertEquals("0.250000000", row.amountText());
        // Debited an hour before the fixture was written; a slow run reads it a minute or two later.
        assertTrue(row.ageText().matches("1 h [0-9] min"), row.ageText());
        Label lock = robot.lookup("#pending-lock").queryAs(Label.class);
        assertEquals("Payout lock: " + PoolFixture.B + ":" + PoolFixture.STUCK_AMOUNT, fx(lock::getText));
        Label banner = robot.lookup("#pending-banner").queryAs(Label.class);
        assertTrue(fx(banner::isVisible));
        assertTrue(fx(banner::getText).startsWith("1 payment was debited but never recorded as paid"));
    }

    @Test
    @Order(6)
    void overviewShowsFinancesAndTheBrokenInvariant(FxRobot robot) throws Exception {
        nav(robot, "overview");
        await(() -> robot.lookup("#fig-total-mined").tryQuery().isPresent()
                && robot.lookup("#fig-over-threshold").tryQuery().isPresent());
        assertEquals("15.400000008 ETH", text(robot, "#fig-balance"));
        assertEquals("0.001000000 ETH", text(robot, "#fig-immature"));
        assertEquals("0.300000000 ETH", text(robot, "#fig-pending"));
        assertEquals("3.000000000 ETH", text(robot, "#fig-paid"));
        assertEquals("20.000000000 ETH", text(robot, "#fig-total-mined"));
        assertEquals("123,456", text(robot, "#fig-last-credit"));
        assertEquals("1", text(robot, "#fig-pending-count"));
        assertEquals(PoolFixture.B + ":" + PoolFixture.STUCK_AMOUNT, text(robot, "#fig-lock"));
        assertEquals("5", text(robot, "#fig-payees"));
        // Only A (12.5 > 0.5) and B (0.900000001 > 0.5) pay; C's own threshold is 5 ETH; BAD is flagged.
        assertEquals("2", text(robot, "#fig-over-threshold"));
        assertEquals("1", text(robot, "#fig-flagged"));
        String invariants = fx(() -> window.overview().invariants().getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n")));
        assertTrue(invariants.contains("finances.pending == Σ miners.pending  (expected 300,000,000, actual 250,000,000)"),
                invariants);
        assertTrue(invariants.contains("finances.pending == Σ payments:pending amounts  (expected 300,000,000, actual 250,000,000)"),
                invariants);
        assertFalse(invariants.contains("invariants hold"), invariants);
    }

    @Test
    @Order(7)
    void paymentsListTheHistoryWithExplorerLinkAndExportExactCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        nav(robot, "payments");
        await(() -> window.payments().table().getItems().size() == 1);
        var row = fx(() -> window.payments().table().getItems().getFirst());
        assertEquals(PoolFixture.A, row.record().login());
        assertEquals("3.000000000", row.amountText());
        String link = fx(() -> robot.lookup(".hyperlink").queryAll().stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).getText()).filter(PoolFixture.TX::equals)
                .findFirst().orElseThrow());
        assertEquals(PoolFixture.TX, link);
        java.nio.file.Path csv = dir.resolve("payments.csv");
        fx(() -> { window.payments().exportTo(csv); return null; });
        await(() -> robot.lookup("Exported 1 payments.").tryQuery().isPresent());
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("," + PoolFixture.A + "," + PoolFixture.TX + ",3000000000,3.000000000,,"),
                lines.get(1));
    }

    @Test
    @Order(8)
    void statusBarSaysRedisIsDownAndBacksOff(FxRobot robot) throws Exception {
        Label state = robot.lookup("#" + org.payoutdesk.app.status.StatusBarController.ID_REDIS_STATE).queryAs(Label.class);
        await(() -> "connected".equals(state.getText()));
        assertTrue(fx(() -> robot.lookup("#status-redis-latency").queryAs(Label.class).getText()).matches("\\d+(\\.\\d)? (µs|ms)"));
        redis.kill();
        await(() -> state.getText().startsWith("down since "));
        assertTrue(fx(state::getText).matches("down since \\d\\d:\\d\\d:\\d\\d, retrying in \\d+ s"), fx(state::getText));
        await(() -> window.status().health().consecutiveFailures() >= 3);
        double period = HEALTH_PERIOD.toMillis();
        double wait = fx(() -> window.status().health().getCumulativePeriod().toMillis());
        // After three failures in a row the next ping waits 2^3 periods, not one.
        assertTrue(wait >= 8 * period, "cumulative period " + wait + " ms");
        assertEquals("—", fx(() -> robot.lookup("#status-redis-latency").queryAs(Label.class).getText()));

        // Redis comes back on the same port: the next scheduled ping finds it without any click.
        Process again = new ProcessBuilder(redis.binary(), "--port", Integer.toString(redis.port()),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir",
                System.getProperty("java.io.tmpdir")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> "connected".equals(state.getText())));
            assertEquals(0, window.status().health().consecutiveFailures());
            await(() -> window.status().health().getCumulativePeriod().toMillis() == period);
            // The next outage backs off from the normal period again.
            assertEquals(period, window.status().health().nextDelayAfterFailure().toMillis() / 2);
        } finally {
            again.destroyForcibly().waitFor();
        }
    }
}
