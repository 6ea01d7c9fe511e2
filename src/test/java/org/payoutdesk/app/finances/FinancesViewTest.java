package org.payoutdesk.app.finances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.Views;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;

/**
 * The Finances screen from finances/finances.fxml through {@link Views}, on the real engine (Redis written with
 * the Go pool's commands, anvil for the wallet): the day rows, exact amounts on hover, the range switch, the
 * finances row with wallet and coverage, and the CSV export.
 */
class FinancesViewTest extends EngineWindowCase {
    static {
        System.setProperty("testfx.headless", "false");
    }

    static final String ALICE = "0x" + "a1".repeat(20);
    static final String BOB = "0x" + "b2".repeat(20);
    static final BigInteger REWARD = new BigInteger("2004000000123456789");

    private FinancesController controller;

    static String hash(int n) {
        return "0x" + String.format("%064x", n);
    }

    private void mount() throws Exception {
        ViewContext ctx = new ViewContext(WindowRig.context(rig.ledger, true), rig.ledger, rig.desk, true,
                new ExplorerLink(WindowRig.EXPLORER), url -> { }, () -> { },
                new PayeeTableService(rig.ledger, WindowRig.THRESHOLD));
        controller = fx(() -> {
            Views.View<FinancesController> v = new Views(ctx).load("finances/finances.fxml");
            Scene scene = new Scene(v.root(), 1280, 800);
            scene.getStylesheets().add(Views.resource("desk.css").toExternalForm());
            windows.stage().setScene(scene);
            v.controller().refresh();
            return v.controller();
        });
    }

    private TableCell<?, ?> cell(FxRobot robot, String day, String columnId) throws Exception {
        fx(() -> {
            var table = controller.table();
            table.scrollTo(table.getItems().stream().filter(r -> r.label().equals(day)).findFirst().orElseThrow());
            table.layout();
            return null;
        });
        return fx(() -> robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof FinancesRow r
                        && r.label().equals(day))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + day + " " + columnId)));
    }

    @Test
    void daysOfTheLedgerRangeSwitchHoverAndCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long todayStart = today.toEpochDay() * 86_400;
        rig.pool.writeMaturedBlock(300, hash(300), "0x01", todayStart - 86_400, todayStart - 86_400 + 60, REWARD,
                Map.of(ALICE, 1_500_000_000L, BOB, 480_000_000L));
        rig.pool.writeMaturedBlock(301, hash(301), "0x02", todayStart - 20 * 86_400, todayStart - 20 * 86_400,
                new BigInteger("2000000000000000000"), Map.of(ALICE, 1_980_000_000L));
        rig.pool.updateBalance(ALICE, 900_000_000L, todayStart);
        rig.pool.writeForkPayment(ALICE, hash(0xa1), 900_000_000L, 1_050_000_000_000_000L, todayStart + 5);
        mount();
        FinancesModel model = controller.model();
        await(() -> model.rows().size() == 31);

        String yesterday = today.minusDays(1).toString();
        TableCell<?, ?> reward = cell(robot, yesterday, "rewardColumn");
        assertEquals("2.004000000", fx(reward::getText));
        assertEquals("2,004,000,000,123,456,789 wei", fx(() -> reward.getTooltip().getText()));
        TableCell<?, ?> credited = cell(robot, yesterday, "creditedColumn");
        assertEquals("1.980000000", fx(credited::getText));
        assertEquals("1,980,000,000 Shannon", fx(() -> credited.getTooltip().getText()));
        assertEquals("0.024000000", fx(() -> cell(robot, yesterday, "keptColumn").getText()));
        assertEquals("24,000,000,123,456,789 wei", fx(() -> cell(robot, yesterday, "keptColumn").getTooltip().getText()));
        FinancesRow total = fx(() -> model.rows().getLast());
        assertTrue(total.total());
        assertEquals(2, total.figures().blocks());
        assertEquals(BigInteger.valueOf(900_000_000L), total.figures().paidShannon());

        // The finances hash row with the wallet on chain.
        BigInteger wallet = rig.rpc.balance(EngineRig.POOL);
        assertEquals("4.004000000 ETH", fx(() -> robot.lookup("#totalMined").queryAs(Label.class).getText()));
        assertEquals("0.001050000 ETH", fx(() -> robot.lookup("#txCharges").queryAs(Label.class).getText()));
        assertEquals(String.format("%,d wei", wallet), fx(() -> robot.lookup("#wallet").queryAs(Label.class).getTooltip().getText()));
        assertTrue(fx(() -> robot.lookup("#coverage").queryAs(Label.class).getText()).endsWith(" %"));
        assertEquals(4, fx(() -> controller.chart().getData().size()));

        // 7 days: the block of 20 days ago is gone from the rows and the chart.
        clickUntil(robot, "#range7", () -> model.rows().size() == 8);
        assertEquals(7, model.getDays());
        assertEquals(today.minusDays(6).toString(), fx(() -> model.rows().getFirst().label()));
        assertEquals(1, fx(() -> model.rows().getLast().figures().blocks()));
        assertEquals(7, fx(() -> controller.chart().getData().getFirst().getData().size()));

        Path csv = dir.resolve("finances.csv");
        fx(() -> { controller.exportTo(csv); return null; });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(8, lines.size());
        assertEquals(FinancesCsv.HEADER, lines.getFirst());
        assertEquals(yesterday + ",1,2004000000123456789,1980000000,24000000123456789,0,0,0", lines.get(6));
        assertEquals(today + ",0,0,0,0,1,900000000,1050000000000000", lines.get(7));
        assertFalse(fx(() -> model.statusProperty().get()).isEmpty());
        windows.shots("finances", true, () -> { });
    }
}
