package org.payoutdesk.app.payees;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.Figure;
import org.payoutdesk.app.shared.FigureCard;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.app.shared.PaymentRowModel;
import org.payoutdesk.ledger.Page;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.Problem;

/** The selected payee (payees/payee-detail.fxml): its figures, its problems and its last 50 payments. */
public final class PayeeDetailController {
    private final PayeeDetailModel model = new PayeeDetailModel();
    private final PayeeHistoryService history;

    @FXML private Label login;
    @FXML private FigureCard figures;
    @FXML private Label problems;
    @FXML private Label historyTitle;
    @FXML private BusyIndicator busy;
    @FXML private LoadError error;
    @FXML private TableView<PaymentRowModel> payments;
    @FXML private TableColumn<PaymentRowModel, String> time;
    @FXML private TableColumn<PaymentRowModel, String> amount;
    @FXML private TableColumn<PaymentRowModel, String> tx;

    public PayeeDetailController(ViewContext context) {
        history = new PayeeHistoryService(context.ledger());
    }

    @FXML
    private void initialize() {
        Columns.keyed(time, PaymentRowModel::timeText, null, null, null);
        Columns.keyedAmount(amount, PaymentRowModel::amountText, m -> m.record().amount(), false);
        Columns.keyed(tx, m -> m.record().txHash(), m -> m.record().txHash(), null, null, "mono");
        login.textProperty().bind(model.login);
        Bindings.bindContent(figures.getFigures(), model.figures);
        problems.textProperty().bind(model.problems);
        problems.visibleProperty().bind(model.problems.isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        historyTitle.textProperty().bind(model.historyTitle);
        payments.setItems(model.payments);
        busy.track(history);
        history.setOnSucceeded(e -> show(history.getValue()));
        history.setOnFailed(e -> error.show("the payee's payments", history.getException()));
    }

    public void show(PayeeRowModel m) {
        error.clear();
        model.payments.clear();
        if (m == null) {
            model.login.set("Select a payee");
            model.figures.clear();
            model.problems.set("");
            history.cancel();
            return;
        }
        model.login.set(m.login());
        model.figures.setAll(List.of(
                Figure.amount("detail-balance", "Balance", m.balance()),
                Figure.amount("detail-immature", "Immature", m.immature()),
                Figure.amount("detail-pending", "Pending", m.pending()),
                Figure.amount("detail-paid", "Paid", m.paid()),
                new Figure("detail-threshold", "Threshold", m.thresholdText(), m.thresholdHint(), true, List.of()),
                Figure.value("detail-last-share", "Last share", m.lastShareText())));
        model.problems.set(m.flagged() ? "⚠ " + String.join("\n⚠ ",
                m.row().problems().stream().map(Problem::reason).toList()) : "");
        model.historyTitle.set("Payments (last " + PayeeHistoryService.LIMIT + ")");
        history.load(m.login());
    }

    private void show(Page<PaymentRecord> page) {
        error.clear();
        ZoneId zone = ZoneId.systemDefault();
        model.payments.setAll(page.items().stream().map(p -> PaymentRowModel.of(p, zone)).toList());
        model.historyTitle.set("Payments (" + page.items().size() + " of " + page.total() + ")");
    }

    public PayeeDetailModel model() {
        return model;
    }

    public TableView<PaymentRowModel> paymentsTable() {
        return payments;
    }
}
