package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.PaymentRowModel;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.ledger.Problem;

/** The selected payee: its figures, its problems and its last 50 payments, loaded in the background. */
public final class PayeeDetailPane extends HBox {
    private final PayeeHistoryService history;
    private final Label login = new Label("Select a payee");
    private final GridPane figures = new GridPane();
    private final Label problems = new Label();
    private final Label historyTitle = new Label("Payments");
    private final TableView<PaymentRowModel> payments = new TableView<>();
    private final LoadError error = new LoadError();

    public PayeeDetailPane(PoolLedger ledger) {
        super(16);
        getStyleClass().add("detail-pane");
        setPadding(new Insets(12));
        setMinHeight(160);
        history = new PayeeHistoryService(ledger);
        BusyIndicator busy = new BusyIndicator();
        busy.track(history);

        login.getStyleClass().add("detail-login");
        login.setWrapText(true);
        figures.getStyleClass().add("figures");
        figures.setHgap(12);
        figures.setVgap(4);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHalignment(javafx.geometry.HPos.RIGHT);
        figures.getColumnConstraints().addAll(names, values);
        problems.getStyleClass().add("flag-text");
        problems.setWrapText(true);
        problems.setManaged(false);
        historyTitle.getStyleClass().add("section-title");

        payments.setPlaceholder(new Label("No payments"));
        payments.setFixedCellSize(26);
        TableColumn<PaymentRowModel, PaymentRowModel> time =
                Columns.text("Time", 165, PaymentRowModel::timeText, null);
        TableColumn<PaymentRowModel, PaymentRowModel> amount =
                Columns.amount("Amount (ETH)", 130, PaymentRowModel::amountText, m -> m.record().amount());
        TableColumn<PaymentRowModel, PaymentRowModel> tx = Columns.text("Transaction", 300,
                m -> m.record().txHash(), m -> m.record().txHash(), null, null, "mono");
        amount.setSortable(false);
        payments.getColumns().setAll(time, amount, tx);
        VBox.setVgrow(payments, Priority.ALWAYS);

        history.setOnSucceeded(e -> show(history.getValue()));
        history.setOnFailed(e -> error.show("the payee's payments", history.getException()));

        HBox historyRow = new HBox(8, historyTitle, busy);
        VBox facts = new VBox(8, login, figures, problems);
        facts.setPrefWidth(400);
        facts.setMinWidth(360);
        VBox historyBox = new VBox(8, historyRow, error, payments);
        HBox.setHgrow(historyBox, Priority.ALWAYS);
        getChildren().addAll(facts, historyBox);
    }

    public void show(PayeeRowModel m) {
        error.clear();
        figures.getChildren().clear();
        payments.getItems().clear();
        if (m == null) {
            login.setText("Select a payee");
            problems.setVisible(false);
            problems.setManaged(false);
            history.cancel();
            return;
        }
        login.setText(m.login());
        addFigure(0, "Balance", m.balance());
        addFigure(1, "Immature", m.immature());
        addFigure(2, "Pending", m.pending());
        addFigure(3, "Paid", m.paid());
        Label threshold = new Label(m.thresholdText());
        threshold.getStyleClass().add(Amounts.STYLE);
        figures.addRow(4, caption("Threshold"), threshold);
        figures.addRow(5, caption("Last share"), new Label(m.lastShareText()));
        boolean flagged = m.flagged();
        problems.setText(flagged ? "⚠ " + String.join("\n⚠ ",
                m.row().problems().stream().map(Problem::reason).toList()) : "");
        problems.setVisible(flagged);
        problems.setManaged(flagged);
        historyTitle.setText("Payments (last " + PayeeHistoryService.LIMIT + ")");
        history.load(m.login());
    }

    private void show(Page<PaymentRecord> page) {
        error.clear();
        ZoneId zone = ZoneId.systemDefault();
        payments.getItems().setAll(page.items().stream().map(p -> PaymentRowModel.of(p, zone)).toList());
        historyTitle.setText("Payments (" + page.items().size() + " of " + page.total() + ")");
    }

    private void addFigure(int row, String name, long shannon) {
        Label v = new Label(Amounts.ethWithUnit(shannon));
        v.getStyleClass().add(Amounts.STYLE);
        v.setTooltip(new javafx.scene.control.Tooltip(Amounts.shannonHint(shannon)));
        figures.addRow(row, caption(name), v);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    public TableView<PaymentRowModel> paymentsTable() {
        return payments;
    }
}
