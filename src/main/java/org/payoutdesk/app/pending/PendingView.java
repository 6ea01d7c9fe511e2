package org.payoutdesk.app.pending;

import java.time.ZoneId;
import java.util.Comparator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.BusyIndicator;
import org.payoutdesk.app.Columns;
import org.payoutdesk.app.LoadError;
import org.payoutdesk.app.ViewHeader;
import org.payoutdesk.ledger.PoolLedger;

/**
 * Payments the pool debited but never recorded as paid, and the payout lock. Read-only until the
 * payout engine brings verdicts with Approve / Rollback.
 */
public final class PendingView extends VBox {
    public static final String ID_TABLE = "pending-table";
    public static final String ID_LOCK = "pending-lock";
    public static final String ID_BANNER = "pending-banner";

    private final PendingService service;
    private final TableView<PendingRowModel> table = new TableView<>();
    private final Label lock = new Label();
    private final Label banner = new Label();
    private final LoadError error = new LoadError();
    private final ViewHeader header;

    public PendingView(PoolLedger ledger) {
        super(10);
        getStyleClass().add("view");
        setPadding(new Insets(16));
        service = new PendingService(ledger);
        BusyIndicator busy = new BusyIndicator();
        busy.track(service);
        header = new ViewHeader("Pending payments", busy);

        lock.setId(ID_LOCK);
        lock.getStyleClass().add("lock-state");
        lock.setGraphic(new FontIcon(Feather.LOCK));
        banner.setId(ID_BANNER);
        banner.getStyleClass().addAll("banner", "warning");
        banner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        setBanner(null);

        table.setId(ID_TABLE);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("Nothing pending: every debited payment was recorded."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PendingRowModel, PendingRowModel> login = Columns.text("Login", 350,
                m -> m.payment().login(), m -> m.payment().member(), null,
                Comparator.comparing(m -> m.payment().login()), "mono");
        TableColumn<PendingRowModel, PendingRowModel> amount =
                Columns.amount("Amount (ETH)", 150, PendingRowModel::amountText, m -> m.payment().amount());
        TableColumn<PendingRowModel, PendingRowModel> debit = Columns.text("Debited", 160,
                PendingRowModel::debitText, Comparator.comparingLong(m -> m.payment().timestamp()));
        TableColumn<PendingRowModel, PendingRowModel> age = Columns.text("Age", 110, PendingRowModel::ageText,
                null, null, Comparator.comparingLong(m -> -m.payment().timestamp()), "amount");
        TableColumn<PendingRowModel, PendingRowModel> problems = Columns.text("Problems", 260,
                PendingRowModel::problemsText, PendingRowModel::problemsText,
                m -> m.problemsText().isEmpty() ? null : "flag-cell", null);
        table.getColumns().setAll(login, amount, debit, age, problems);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label note = new Label("Verdicts with evidence and Approve / Rollback come with the payout engine.");
        note.getStyleClass().add("muted");
        HBox lockRow = new HBox(12, lock);
        lockRow.setAlignment(Pos.CENTER_LEFT);

        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the pending payments", service.getException()));
        getChildren().addAll(header, error, banner, lockRow, table, note);
    }

    public void refresh() {
        service.restart();
    }

    private void show(PendingSnapshot s) {
        error.clear();
        ZoneId zone = ZoneId.systemDefault();
        table.getItems().setAll(s.pending().stream().map(p -> new PendingRowModel(p, s.readAt(), zone)).toList());
        header.subtitle().setText(s.pending().size() + (s.pending().size() == 1 ? " entry" : " entries"));
        lock.setText("Payout lock: " + s.lock().orElse("none"));
        lock.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("held"), s.lock().isPresent());
        if (s.orphanLock()) {
            setBanner("The payout lock is held (" + s.lock().get() + ") but no payment is pending: "
                    + "the pool will not pay anyone until it is cleared.");
        } else if (!s.pending().isEmpty()) {
            setBanner(s.pending().size() + (s.pending().size() == 1 ? " payment was" : " payments were")
                    + " debited but never recorded as paid: the pool refuses to pay until each is resolved.");
        } else {
            setBanner(null);
        }
    }

    private void setBanner(String text) {
        banner.setText(text);
        banner.setVisible(text != null);
        banner.setManaged(text != null);
    }

    public TableView<PendingRowModel> table() {
        return table;
    }
}
