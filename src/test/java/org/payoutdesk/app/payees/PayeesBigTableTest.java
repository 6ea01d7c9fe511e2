package org.payoutdesk.app.payees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.await;
import static org.payoutdesk.testing.Fx.fx;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.payoutdesk.app.AppContext;
import org.payoutdesk.app.MainController;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.ledger.RedisEndpoint;
import org.payoutdesk.ledger.RedisPoolLedger;
import org.payoutdesk.sandbox.LocalRedis;
import org.payoutdesk.sandbox.SandboxSeeder;
import org.payoutdesk.sandbox.SeedSpec;
import org.payoutdesk.testing.RedisExtension;
import org.payoutdesk.testing.WindowRig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Payees screen over a sandbox ledger of 20,000 miners: the search and the sort are computed off the
 * JavaFX thread (the table is unchanged in the turn that asked, and narrowed later), a search typed while a
 * sort runs keeps that sort, and the table ends with exactly the rows and order a plain filter + stable sort
 * of the loaded rows gives.
 */
@ExtendWith({RedisExtension.class, ApplicationExtension.class})
class PayeesBigTableTest {
    static {
        System.setProperty("testfx.headless", "false"); // JavaFX 26's own headless platform, no Monocle
    }

    private static final int MINERS = 20_000;
    private static final String SEARCH = "ab";
    private static LocalRedis redis;

    @RegisterExtension
    final WindowRig windows = new WindowRig();
    private MainController window;

    @BeforeAll
    static void seed(LocalRedis r) {
        redis = r;
        new SandboxSeeder(r.host(), r.port()).seed(SeedSpec.defaults().withMiners(MINERS));
    }

    @Start
    void start(Stage stage) {
        RedisEndpoint ep = new RedisEndpoint(redis.host(), redis.port(), 0, "", Duration.ofSeconds(10));
        AppContext ctx = new AppContext(() -> new RedisPoolLedger(ep, "eth"), "Test", true, WindowRig.EXPLORER,
                SeedSpec.DEFAULT_THRESHOLD, Duration.ofSeconds(5));
        window = windows.show(stage, ctx, windows.closing(ctx.ledgerFactory().get()), null);
        window.show(MainController.Section.PAYEES);
    }

    @Test
    void searchAndSortRunOffTheFxThreadAndShowTheRightRows(FxRobot robot) throws Exception {
        PayeesController payees = window.payees();
        await(() -> payees.table().getItems().size() == MINERS && !payees.sorting().get());
        List<PayeeRowModel> loaded = fx(() -> List.copyOf(payees.model().rows()));
        TableColumn<PayeeRowModel, ?> balance = fx(() -> payees.table().getColumns().stream()
                .filter(c -> "col-balance".equals(c.getId())).findFirst().orElseThrow());
        TextField search = robot.lookup("#" + PayeesController.ID_SEARCH).queryAs(TextField.class);

        // Sort by balance, largest first, and search (Enter) in the same turn, while the sort is being computed.
        int sameTurn = fx(() -> {
            balance.setSortType(TableColumn.SortType.DESCENDING);
            payees.table().getSortOrder().setAll(List.of(balance));
            search.setText(SEARCH);
            search.fireEvent(new ActionEvent(search, search));
            assertTrue(payees.sorting().get(), "the sort and the search run in the background service");
            return payees.table().getItems().size();
        });
        assertEquals(MINERS, sameTurn, "nothing was filtered or sorted on the JavaFX thread in the turn that asked");

        List<String> expected = loaded.stream().filter(new PayeeQuery(SEARCH, PayeeFilter.ALL))
                .sorted(Comparator.comparingLong(PayeeRowModel::balance).reversed()).map(PayeeRowModel::login).toList();
        assertTrue(expected.size() > 100 && expected.size() < MINERS, "the search narrows: " + expected.size());
        await(() -> !payees.sorting().get() && payees.table().getItems().size() == expected.size());
        assertEquals(expected, fx(() -> payees.table().getItems().stream().map(PayeeRowModel::login).toList()),
                "the search kept the sort that was still running when it was typed");
        assertEquals(MINERS, (int) fx(() -> payees.model().rows().size()), "every row is still ours, sorted");
        assertEquals(String.format("%,d of %,d", expected.size(), MINERS),
                fx(() -> robot.lookup("#payees-count").queryAs(Label.class).getText()));

        // Clearing the search shows everyone again, still largest balance first.
        fx(() -> {
            search.setText("");
            search.fireEvent(new ActionEvent(search, search));
            return null;
        });
        await(() -> !payees.sorting().get() && payees.table().getItems().size() == MINERS);
        long first = fx(() -> payees.table().getItems().getFirst().balance());
        assertEquals(loaded.stream().mapToLong(PayeeRowModel::balance).max().orElseThrow(), first);
    }
}
