package org.payoutdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.fx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.payoutdesk.app.review.ReviewView;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.app.status.StatusBarController;
import org.payoutdesk.payout.FeeRules;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PlannedPayment;
import org.payoutdesk.testing.EngineRig;
import org.payoutdesk.testing.EngineWindowCase;
import org.payoutdesk.testing.Fx;
import org.testfx.api.FxRobot;

/**
 * The fees on screen, on a real engine and anvil: the status bar shows the base fee and tip, in the
 * warning style while gas is above desk.gasCeiling; the Review shows what each miner receives and the
 * network fee kept when payouts.keepNwFees is on, and hides both columns when it is off.
 */
class FeesOnScreenTest extends EngineWindowCase {
    private static final PseudoClass OVER_CEILING = PseudoClass.getPseudoClass("over-ceiling");
    /** The friends fork's fee kept: nwTxGas 21000 × nwTxGasPrice 50 gwei = 0.00105 ETH. */
    private static final BigInteger CHARGE = BigInteger.valueOf(21_000).multiply(BigInteger.valueOf(50_000_000_000L));
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        if (stage != null) Fx.run(stage::close);
    }

    private PaymentDesk desk(FeeRules rules) {
        return new PaymentDesk(rig.ledger, rig.node, rig.signer, rig.desk.settings(), Duration.ofMillis(100), rules);
    }

    private ViewContext context(PaymentDesk desk) {
        AppContext app = AppContext.forDesk(() -> desk, null, "Test", false, null, EngineRig.THRESHOLD);
        return new ViewContext(app, rig.ledger, desk, false, new ExplorerLink(null), url -> { }, () -> { },
                new PayeeTableService(rig.ledger, EngineRig.THRESHOLD));
    }

    private StatusBarController statusBar(PaymentDesk desk) throws Exception {
        return fx(() -> {
            Views.View<StatusBarController> view = new Views(context(desk)).load("status/status-bar.fxml");
            stage = new Stage();
            stage.setScene(new Scene(view.root(), 1280, 40));
            stage.show();
            view.controller().start();
            return view.controller();
        });
    }

    private static Label fees(FxRobot robot) {
        return robot.lookup("#" + StatusBarController.ID_FEES).queryAs(Label.class);
    }

    private static boolean overCeiling(Node n) {
        return n.getPseudoClassStates().contains(OVER_CEILING);
    }

    @Test
    void statusBarShowsBaseFeeAndTipAndWarnsAboveTheCeiling(FxRobot robot) throws Exception {
        // Anvil's base fee is a few gwei at most: 1 wei is below it, 1,000,000 gwei far above.
        StatusBarController bar = statusBar(desk(new FeeRules(BigInteger.ONE, FeeRules.DEFAULT_BUMP_PERCENT, false, null)));
        await(() -> fees(robot).getText().startsWith("base fee "));
        String line = fx(() -> fees(robot).getText());
        assertTrue(line.matches("base fee [0-9.]+ gwei · tip [0-9.]+ gwei"), line);
        assertTrue(fx(() -> overCeiling(fees(robot))), "above a 1-wei ceiling");
        assertTrue(fx(() -> fees(robot).getTooltip().getText()).contains("payouts deferred"));
        Fx.run(bar::stop);
        Fx.run(stage::close);

        StatusBarController cheap = statusBar(desk(new FeeRules(BigInteger.TEN.pow(15), FeeRules.DEFAULT_BUMP_PERCENT, false, null)));
        await(() -> fees(robot).getText().startsWith("base fee "));
        assertFalse(fx(() -> overCeiling(fees(robot))), "below a 1,000,000-gwei ceiling");
        assertTrue(fx(() -> fees(robot).getTooltip().getText()).contains("at or below desk.gasCeiling 1000000 gwei"));
        Fx.run(cheap::stop);
    }

    private ReviewView review(PaymentDesk desk) throws Exception {
        return fx(() -> {
            ReviewView view = new ReviewView(new Views(context(desk)), r -> { }, () -> { });
            stage = new Stage();
            stage.setScene(new Scene(view, 1400, 700));
            stage.show();
            view.load();
            return view;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlannedPayment> table(FxRobot robot) {
        return robot.lookup("#" + ReviewView.ID_TABLE).queryAs(TableView.class);
    }

    private static TableColumn<PlannedPayment, ?> column(TableView<PlannedPayment> t, String title) {
        return t.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    /** The text of the cell of {@code title} in the row of {@code login}. */
    private static String cell(FxRobot robot, String login, String title) throws Exception {
        return fx(() -> robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() instanceof PlannedPayment p && p.login().equals(login))
                .flatMap(r -> r.getChildrenUnmodifiable().stream())
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn().getText().equals(title))
                .map(javafx.scene.control.TableCell::getText).findFirst().orElse(null));
    }

    @Test
    void reviewShowsWhatEachMinerReceivesAndTheFeeKept(FxRobot robot) throws Exception {
        List<String> logins = EngineRig.logins(2);
        rig.pool.credit(logins.get(0), 900_000_000L);
        rig.pool.credit(logins.get(1), 1_234_567_891L);
        review(desk(new FeeRules(null, FeeRules.DEFAULT_BUMP_PERCENT, true, CHARGE)));
        await(() -> table(robot).getItems().size() == 2);
        assertTrue(fx(() -> column(table(robot), "Receives (ETH)").isVisible()));
        assertTrue(fx(() -> column(table(robot), "Fee kept (ETH)").isVisible()));
        await(() -> cell(robot, logins.get(1), "Receives (ETH)") != null);
        // 1.234567891 ETH owed less 0.00105 ETH kept, to the wei.
        assertEquals("1.233517891", cell(robot, logins.get(1), "Receives (ETH)"));
        assertEquals("0.898950000", cell(robot, logins.get(0), "Receives (ETH)"));
        assertEquals("0.001050000", cell(robot, logins.get(0), "Fee kept (ETH)"));
        assertEquals("1.234567891", cell(robot, logins.get(1), "Amount (ETH)"), "the amount debited is the whole balance");
        Fx.run(stage::close);

        review(desk(FeeRules.NONE));
        await(() -> table(robot).getItems().size() == 2);
        assertFalse(fx(() -> column(table(robot), "Receives (ETH)").isVisible()), "no pass-through: no Receives column");
        assertFalse(fx(() -> column(table(robot), "Fee kept (ETH)").isVisible()));
    }

    @Test
    void oddGasPriceIsShownToTheWeiNotRounded() {
        assertEquals("0.000021000000021", org.payoutdesk.app.shared.Amounts.eth(
                BigInteger.valueOf(21_000).multiply(new BigDecimal("1000000001").toBigIntegerExact())));
        assertEquals("1.000000000", org.payoutdesk.app.shared.Amounts.eth(BigInteger.TEN.pow(18)));
    }
}
