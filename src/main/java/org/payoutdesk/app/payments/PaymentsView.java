package org.payoutdesk.app.payments;

import org.payoutdesk.app.shared.PaymentRowModel;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.Amounts;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.ViewHeader;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.DeskCall;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReceiptCheck;

/**
 * The payment history, newest first, 100 per page, filterable by login and by day, with explorer links
 * and CSV export. With the payout engine the receipts of the shown page are checked in the background:
 * a reverted transaction gets a badge and, unless read-only, a Credit back action.
 */
public final class PaymentsView extends StackPane {
    public static final String ID_TABLE = "payments-table";
    public static final String ID_LOGIN = "payments-login";
    public static final String ID_FROM = "payments-from";
    public static final String ID_TO = "payments-to";
    public static final String ID_STATUS = "payments-status";
    /** Row button: this prefix + the transaction hash. */
    public static final String CREDIT_BACK = "payments-credit-back-";

    private final PaymentsPageService pages;
    private final PaymentsExportService export;
    private final ExplorerLink explorer;
    private final Consumer<String> openUrl;
    private final TableView<PaymentRowModel> table = new TableView<>();
    private final TextField login = new TextField();
    private final Button prev = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
    private final Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
    private final Label position = new Label();
    private final Label exportState = new Label();
    private final DatePicker fromDay = new DatePicker();
    private final DatePicker toDay = new DatePicker();
    private final Label status = new Label();
    private final LoadError error = new LoadError();
    private final ConfirmSheet sheet = new ConfirmSheet();
    private final PaymentDesk desk;
    private final boolean writable;
    private final Runnable onChanged;
    private final ReceiptStatusService receipts;
    private final DeskCall<String> creditBack = new DeskCall<>();
    private final Map<String, ReceiptCheck.Status> chain = new HashMap<>();
    private long offset;
    private long total;

    public PaymentsView(PoolLedger ledger, ExplorerLink explorer, Consumer<String> openUrl) {
        this(ledger, null, true, explorer, openUrl, () -> { });
    }

    /**
     * @param desk      the payout engine (receipts, credit back); null for a history without chain checks
     * @param readOnly  true hides Credit back
     * @param onChanged run after a credit back, so the rest of the window reloads
     */
    public PaymentsView(PoolLedger ledger, PaymentDesk desk, boolean readOnly, ExplorerLink explorer,
                        Consumer<String> openUrl, Runnable onChanged) {
        this.explorer = explorer;
        this.openUrl = openUrl;
        this.desk = desk;
        this.writable = desk != null && !readOnly && !desk.settings().readOnly();
        this.onChanged = onChanged;
        pages = new PaymentsPageService(ledger);
        export = new PaymentsExportService(ledger);
        receipts = desk == null ? null : new ReceiptStatusService(desk);
        BusyIndicator busy = new BusyIndicator();
        busy.track(pages);
        busy.track(export);
        busy.track(creditBack);
        if (receipts != null) busy.track(receipts);

        login.setId(ID_LOGIN);
        login.setPromptText("Filter by login (0x…), Enter");
        login.setPrefColumnCount(26);
        login.setOnAction(e -> load(0));
        Button clear = new Button("All payees");
        clear.setOnAction(e -> { login.clear(); load(0); });
        fromDay.setId(ID_FROM);
        toDay.setId(ID_TO);
        fromDay.setPromptText("From day");
        toDay.setPromptText("To day");
        fromDay.setPrefWidth(130);
        toDay.setPrefWidth(130);
        fromDay.setTooltip(new Tooltip("Only payments on or after this day"));
        toDay.setTooltip(new Tooltip("Only payments on or before this day"));
        fromDay.valueProperty().addListener((o, a, b) -> load(0));
        toDay.valueProperty().addListener((o, a, b) -> load(0));
        Button csv = new Button("Export CSV…", new FontIcon(Feather.DOWNLOAD));
        csv.setOnAction(e -> chooseExport());
        csv.disableProperty().bind(export.runningProperty());
        prev.setTooltip(new Tooltip("Newer payments"));
        next.setTooltip(new Tooltip("Older payments"));
        prev.setOnAction(e -> load(offset - PaymentsPageService.PAGE_SIZE));
        next.setOnAction(e -> load(offset + PaymentsPageService.PAGE_SIZE));
        position.getStyleClass().add("muted");
        exportState.getStyleClass().add("muted");
        ViewHeader header = new ViewHeader("Payments", busy, csv);
        Label days = new Label("Days");
        days.getStyleClass().add("muted");
        HBox filters = new HBox(8, login, clear, days, fromDay, new Label("–"), toDay);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label unit = new Label("amounts in ETH");
        unit.getStyleClass().add("muted");
        header.getChildren().add(3, unit);

        buildTable();
        HBox pager = new HBox(8, prev, position, next, exportState);
        pager.setAlignment(Pos.CENTER_LEFT);

        status.setId(ID_STATUS);
        status.getStyleClass().add("ok-text");
        status.setWrapText(true);
        status.setVisible(false);
        status.setManaged(false);

        pages.setOnSucceeded(e -> show(pages.getValue()));
        pages.setOnFailed(e -> error.show("the payments", pages.getException()));
        export.setOnSucceeded(e -> exportState.setText("Exported " + export.getValue() + " payments."));
        export.setOnFailed(e -> error.show("the payments for export", export.getException()));
        if (receipts != null) {
            receipts.setOnSucceeded(e -> {
                chain.putAll(receipts.getValue());
                table.refresh();
            });
            // A node that is down leaves the chain column empty; the status bar says why.
            receipts.setOnFailed(e -> table.refresh());
        }
        creditBack.setOnSucceeded(e -> {
            sheet.close();
            status.setText(creditBack.getValue());
            status.setVisible(true);
            status.setManaged(true);
            refresh();
            onChanged.run();
        });
        creditBack.setOnFailed(e -> sheet.showError(creditBack.getException() == null ? "unknown error"
                : String.valueOf(creditBack.getException().getMessage())));
        updatePager();
        VBox body = new VBox(10, header, filters, error, status, table, pager);
        body.getStyleClass().add("view");
        body.setPadding(new Insets(16));
        getChildren().addAll(body, sheet);
    }

    /** The chain's word on one transaction of the page, when checked. */
    public ReceiptCheck.Status chainStatus(String txHash) {
        return txHash == null ? null : chain.get(txHash);
    }

    private void confirmCreditBack(PaymentRecord p) {
        if (!writable) return;
        sheet.open("Credit back a reverted payment", PaymentConfirmations.creditBack(p), "Credit back", false, null, () -> {
            sheet.clearError();
            sheet.working().set(true);
            creditBack.run(() -> {
                desk.creditBack(p.login(), p.txHash(), p.amount());
                return "Credited back " + org.payoutdesk.app.shared.Amounts.ethWithUnit(p.amount()) + " to " + p.login()
                        + " (transaction " + p.txHash() + " reverted).";
            });
        });
    }

    /** A "reverted" badge (and Credit back when writable), or the receipt state in muted text. */
    private final class ChainCell extends TableCell<PaymentRowModel, PaymentRowModel> {
        private final Label badge = new Label("reverted");
        private final Button credit = new Button("Credit back…");
        private final HBox box = new HBox(6);

        ChainCell() {
            badge.getStyleClass().addAll("verdict-badge", "verdict-reverted");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            credit.getStyleClass().addAll("small", "row-action");
            credit.setMinWidth(Button.USE_PREF_SIZE);
            credit.setOnAction(e -> {
                PaymentRowModel m = getItem();
                if (m != null) confirmCreditBack(m.record());
            });
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaymentRowModel m, boolean empty) {
            super.updateItem(m, empty);
            getStyleClass().remove("muted");
            if (empty || m == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ReceiptCheck.Status s = chainStatus(m.record().txHash());
            if (s == ReceiptCheck.Status.REVERTED) {
                setText(null);
                credit.setId(CREDIT_BACK + m.record().txHash());
                box.getChildren().setAll(writable ? List.of(badge, credit) : List.of(badge));
                setGraphic(box);
            } else {
                setGraphic(null);
                setText(s == null ? "" : s == ReceiptCheck.Status.CONFIRMED ? "mined" : "not mined");
                getStyleClass().add("muted");
            }
        }
    }

    private void buildTable() {
        table.setId(ID_TABLE);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("No payments"));
        TableColumn<PaymentRowModel, PaymentRowModel> time = Columns.text("Time", 165, PaymentRowModel::timeText, null);
        TableColumn<PaymentRowModel, PaymentRowModel> who = Columns.text("Login", 335,
                m -> m.record().login(), null, null, null, "mono");
        TableColumn<PaymentRowModel, PaymentRowModel> amount =
                Columns.amount("Amount", 125, PaymentRowModel::amountText, m -> m.record().amount());
        amount.setSortable(false);
        TableColumn<PaymentRowModel, PaymentRowModel> charges = Columns.text("Charges", 95,
                PaymentRowModel::chargesText, null, null, null, "amount");
        TableColumn<PaymentRowModel, PaymentRowModel> tx = new TableColumn<>("Transaction");
        tx.setPrefWidth(240);
        tx.setSortable(false);
        tx.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        tx.setCellFactory(c -> new TxCell());
        TableColumn<PaymentRowModel, PaymentRowModel> flags = Columns.text("Flags", 80,
                PaymentRowModel::flagsText, PaymentRowModel::flagsHint,
                m -> m.flagged() ? "flag-cell" : null, null);
        table.getColumns().setAll(time, who, amount, charges, tx, flags);
        if (desk != null) {
            // Room for the chain column in a 1280 px window: the other columns give a little.
            time.setPrefWidth(168);
            who.setPrefWidth(328);
            amount.setPrefWidth(102);
            charges.setPrefWidth(80);
            tx.setPrefWidth(134);
            flags.setPrefWidth(58);
            TableColumn<PaymentRowModel, PaymentRowModel> onChain = new TableColumn<>("Chain");
            onChain.setId("col-chain");
            onChain.setPrefWidth(writable ? 192 : 90);
            onChain.setSortable(false);
            onChain.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
            onChain.setCellFactory(c -> new ChainCell());
            table.getColumns().add(5, onChain);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** A hyperlink to the explorer when one is configured and the hash is well formed, plain text otherwise. */
    private final class TxCell extends TableCell<PaymentRowModel, PaymentRowModel> {
        private final Hyperlink link = new Hyperlink();

        TxCell() {
            getStyleClass().add("mono");
            link.getStyleClass().add("mono");
            link.setOnAction(e -> {
                PaymentRowModel m = getItem();
                if (m != null) explorer.url(m.record().txHash()).ifPresent(openUrl);
            });
        }

        @Override
        protected void updateItem(PaymentRowModel m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String hash = m.record().txHash();
            if (explorer.url(hash).isPresent()) {
                link.setText(hash);
                link.setVisited(false);
                setText(null);
                setGraphic(link);
            } else {
                setText(hash);
                setGraphic(null);
            }
        }
    }

    public void refresh() {
        load(offset);
    }

    private void load(long from) {
        error.clear();
        pages.load(login.getText(), Math.max(0, from), range());
    }

    private PaymentDateRange range() {
        return new PaymentDateRange(fromDay.getValue(), toDay.getValue());
    }

    private void show(PaymentsPageService.Result r) {
        error.clear();
        offset = r.offset();
        total = r.total();
        table.getItems().setAll(r.rows());
        table.scrollTo(0);
        updatePager();
        if (receipts != null && !r.rows().isEmpty()) {
            chain.clear();
            receipts.check(r.rows().stream().map(m -> m.record().txHash()).toList());
        }
    }

    private void updatePager() {
        long shown = table.getItems().size();
        position.setText(total == 0 ? (range().all() ? "no payments" : "no payments in these days")
                : String.format("%,d–%,d of %,d", offset + 1, offset + shown, total));
        prev.setDisable(offset <= 0);
        next.setDisable(offset + shown >= total);
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export payments to CSV");
        String who = login.getText().strip();
        chooser.setInitialFileName(who.isEmpty() ? "payments.csv" : "payments-" + who + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) exportTo(f.toPath());
    }

    /** Exports the current filter's whole history to {@code file} in the background. */
    public void exportTo(Path file) {
        exportState.setText("Exporting…");
        export.export(login.getText(), range(), file);
    }

    public TableView<PaymentRowModel> table() {
        return table;
    }

    public ConfirmSheet sheet() {
        return sheet;
    }

    public DatePicker fromDay() {
        return fromDay;
    }

    public DatePicker toDay() {
        return toDay;
    }

    public boolean writable() {
        return writable;
    }
}
