package org.payoutdesk.app.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.payoutdesk.testing.Fx.fx;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tooltips of keyed cells: a hint column's cells carry theirs at once (the flags' reasons), a column without
 * hints makes none, and an amount column makes its exact-Shannon tooltip only when the pointer first comes
 * over a cell, with that row's figure, and keeps it right when the cell is reused for another row.
 */
@ExtendWith(ApplicationExtension.class)
class KeyedCellTest {
    static {
        System.setProperty("testfx.headless", "false");
    }

    record Row(String login, long balance, String flag) { }

    private TableView<Row> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<Row, String> login = new TableColumn<>("Login");
        login.setId("login");
        TableColumn<Row, String> balance = new TableColumn<>("Balance");
        balance.setId("balance");
        TableColumn<Row, String> flags = new TableColumn<>("Flags");
        flags.setId("flags");
        Columns.keyed(login, Row::login, null, null, null);
        Columns.keyedAmount(balance, r -> Amounts.eth(r.balance()), Row::balance, false);
        Columns.keyed(flags, Row::flag, r -> r.flag().isEmpty() ? null : "why: " + r.flag(), null, null);
        table.getColumns().setAll(List.of(login, balance, flags));
        table.setItems(FXCollections.observableArrayList(new Row("0xa", 1_500_000_000L, ""),
                new Row("0xb", 7L, "bad number")));
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
    }

    private TableCell<?, ?> cell(String column, int row) throws Exception {
        return fx(() -> table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId()) && c.getIndex() == row)
                .findFirst().orElseThrow());
    }

    private static void hover(TableCell<?, ?> c) throws Exception {
        fx(() -> {
            Event.fireEvent(c, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false,
                    false, false, false, false, false, false, false, false, null));
            return null;
        });
    }

    @Test
    void amountTooltipsAreMadeOnHoverOthersAtOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("why: bad number", fx(() -> cell("flags", 1).getTooltip().getText()), "a hint shows at once");
        assertNull(fx(() -> cell("flags", 0).getTooltip()), "no hint, no tooltip");
        assertNull(fx(() -> cell("login", 0).getTooltip()), "a column without hints makes none");

        TableCell<?, ?> amount = cell("balance", 0);
        assertEquals("1.500000000", fx(amount::getText));
        assertNull(fx(amount::getTooltip), "no tooltip before the pointer comes over the amount");
        hover(amount);
        assertEquals("1,500,000,000 Shannon", fx(() -> amount.getTooltip().getText()));

        // The same cell shows another row: its tooltip follows the row.
        fx(() -> {
            table.getItems().set(0, new Row("0xc", 42L, ""));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> again = cell("balance", 0);
        assertEquals("0.000000042", fx(again::getText));
        hover(again);
        assertTrue(fx(() -> again.getTooltip() != null && "42 Shannon".equals(again.getTooltip().getText())),
                fx(() -> again.getTooltip() == null ? "none" : again.getTooltip().getText()));
    }
}
