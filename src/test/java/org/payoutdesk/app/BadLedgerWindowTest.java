package org.payoutdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.clickUntil;
import static org.payoutdesk.testing.Fx.fx;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.review.ReviewView;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.chain.NodeAccountSigner;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.PayoutSettings;
import org.payoutdesk.sandbox.LocalAnvil;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.testing.AnvilExtension;
import org.payoutdesk.testing.Fx;
import org.payoutdesk.testing.GoPoolFixture;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The damaged rows the command line names show the same in the window: a miner key of another Redis type is a
 * flagged row in Payees, a balance no wallet could hold is held in the Review with its reason, and the Overview's
 * invariants card names the key problem.
 */
@ExtendWith({RedisExtension.class, AnvilExtension.class, ApplicationExtension.class})
class BadLedgerWindowTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    private static final String GOOD = "0x" + "1a".repeat(20);
    private static final String STRING_KEY = "0x" + "2b".repeat(20);
    private static final String HUGE = "0x" + "3c".repeat(20);
    private static LocalRedis redis;
    private static LocalAnvil anvil;

    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private MainController window;

    @BeforeAll
    static void servers(LocalRedis r, LocalAnvil a) {
        redis = r;
        anvil = a;
    }

    @Start
    void start(Stage stage) {
        GoPoolFixture pool = windows.closing(new GoPoolFixture(redis, "eth"));
        pool.raw.flushall();
        pool.credit(GOOD, 900_000_000L);
        pool.raw.ok("SET", pool.key("miners", STRING_KEY), "900000000");
        pool.minerField(HUGE, "balance", Long.toString(Long.MAX_VALUE));
        PaymentDesk desk = windows.desk(redis, anvil, node -> new NodeAccountSigner(node, LocalAnvil.ACCOUNT_0, true),
                PayoutSettings.FeeMode.LEGACY, false);
        window = windows.show(stage, AppContext.forDesk(() -> desk, null, "Test", false, null, 500_000_000L),
                desk.ledger(), desk);
    }

    @Test
    void payeesFlagsReviewHoldsAndOverviewNamesTheSameRows(FxRobot robot) throws Exception {
        // Overview: the invariants card lists the key of another type.
        await(() -> invariantsText(robot).contains("every pool key has its schema's type"));
        assertTrue(invariantsText(robot).contains("eth:miners:" + STRING_KEY), invariantsText(robot));

        // Payees: the string-typed key is a row, flagged "wrong type" with the reason on hover.
        Fx.nav(robot, "payees");
        await(() -> window.payees().table().getItems().size() == 3);
        PayeeRowModel bad = fx(() -> window.payees().table().getItems().stream()
                .filter(m -> m.row().login().equals(STRING_KEY)).findFirst().orElseThrow());
        assertTrue(bad.flagsText().contains("wrong type"), bad.flagsText());
        assertTrue(bad.flagsHint().contains("is not a hash"), bad.flagsHint());

        // Review: both bad rows held with the plan's reasons, the good one planned.
        clickUntil(robot, "#" + MainController.ID_REVIEW, () -> window.reviewDialog().isShowing());
        await(() -> window.reviewDialog().view().selection() != null
                && !held(robot).isEmpty());
        List<HeldPayment> held = held(robot);
        String reasons = held.stream().map(h -> h.login() + ": " + h.reason()).collect(Collectors.joining("\n"));
        assertTrue(held.stream().anyMatch(h -> h.login().equals(HUGE)
                && h.reason().contains("more than any wallet of the coin could ever hold")), reasons);
        assertTrue(held.stream().anyMatch(h -> h.login().equals(STRING_KEY) && h.reason().contains("is not a hash")), reasons);
        assertTrue(fx(() -> window.reviewDialog().view().table().getItems().stream()
                .anyMatch(p -> p.login().equals(GOOD))), "the good row is planned");
    }

    @SuppressWarnings("unchecked")
    private static List<HeldPayment> held(FxRobot robot) throws Exception {
        return fx(() -> List.copyOf(robot.lookup("#" + ReviewView.ID_HELD).queryAs(TableView.class).getItems()));
    }

    private static String invariantsText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#overview-invariants").queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText() + " " + (((Label) n).getTooltip() == null ? "" : ((Label) n).getTooltip().getText()))
                .collect(Collectors.joining("\n")));
    }
}
