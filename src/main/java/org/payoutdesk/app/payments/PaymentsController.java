package org.payoutdesk.app.payments;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.table.TableFilter;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.DeskCall;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.LoadMasker;
import org.payoutdesk.app.shared.PaymentRowModel;
import org.payoutdesk.ledger.PaymentRecord;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReceiptCheck;

/**
 * The payment history (payments/payments.fxml), newest first, 100 per page, filterable by login and by day
 * (a day range whose last day is before its first is marked and not read), column filters on the page
 * (ControlsFX TableFilter), explorer links and CSV export. With the payout engine the receipts of the shown
 * page are checked in the background: a reverted transaction gets a badge and, unless read-only, Credit back.
 */
public final class PaymentsController {
    public static final String ID_TABLE = "payments-table";
    public static final String ID_LOGIN = "payments-login";
    public static final String ID_FROM = "payments-from";
    public static final String ID_TO = "payments-to";
    public static final String ID_STATUS = "payments-status";
    /** Row button: this prefix + the transaction hash. */
    public static final String CREDIT_BACK = "payments-credit-back-";
    static final KeyCombination NEWER_KEY = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OLDER_KEY = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    static final String RANGE_BACKWARDS = "The last day is before the first";

    private final PaymentsModel model = new PaymentsModel();
    private final PaymentsPageService pages;
    private final PaymentsExportService export;
    private final ReceiptStatusService receipts;
    private final DeskCall<String> creditBack = new DeskCall<>();
    private final ExplorerLink explorer;
    private final Consumer<String> openUrl;
    private final PaymentDesk desk;
    private final boolean writable;
    private final Runnable onChanged;
    private final ValidationSupport validation = new ValidationSupport();
    private TableFilter<PaymentRowModel> columnFilters;

    @FXML private StackPane root;
    @FXML private BusyIndicator busy;
    @FXML private Button csv;
    @FXML private TextField login;
    @FXML private DatePicker fromDay;
    @FXML private DatePicker toDay;
    @FXML private LoadError error;
    @FXML private Label status;
    @FXML private TableView<PaymentRowModel> table;
    @FXML private TableColumn<PaymentRowModel, String> time;
    @FXML private TableColumn<PaymentRowModel, String> who;
    @FXML private TableColumn<PaymentRowModel, String> amount;
    @FXML private TableColumn<PaymentRowModel, String> charges;
    @FXML private TableColumn<PaymentRowModel, String> tx;
    @FXML private TableColumn<PaymentRowModel, String> onChain;
    @FXML private TableColumn<PaymentRowModel, String> flags;
    @FXML private MaskerPane masker;
    @FXML private Button prev;
    @FXML private Button next;
    @FXML private Label position;
    @FXML private Label exportState;
    @FXML private ConfirmSheet sheet;

    public PaymentsController(ViewContext context) {
        explorer = context.explorer();
        openUrl = context.openUrl();
        desk = context.desk();
        writable = desk != null && !context.readOnly();
        onChanged = context.refreshAll();
        pages = new PaymentsPageService(context.ledger());
        export = new PaymentsExportService(context.ledger());
        receipts = desk == null ? null : new ReceiptStatusService(desk);
    }

    @FXML
    private void initialize() {
        Columns.keyed(time, PaymentRowModel::timeText, null, null, null);
        Columns.keyed(who, m -> m.record().login(), null, null, null, "mono");
        Columns.keyedAmount(amount, PaymentRowModel::amountText, m -> m.record().amount(), false);
        Columns.keyed(charges, PaymentRowModel::chargesText, null, null, null, "amount");
        Columns.keyed(flags, PaymentRowModel::flagsText, PaymentRowModel::flagsHint,
                m -> m.flagged() ? "flag-cell" : null, null);
        tx.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().record().txHash()));
        tx.setCellFactory(c -> new TxCell());
        if (desk == null) {
            // No chain to ask: the other columns take its room back.
            table.getColumns().remove(onChain);
            time.setPrefWidth(165);
            who.setPrefWidth(335);
            amount.setPrefWidth(125);
            charges.setPrefWidth(95);
            tx.setPrefWidth(240);
            flags.setPrefWidth(80);
        } else {
            onChain.setPrefWidth(writable ? 192 : 90);
            onChain.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().record().txHash()));
            onChain.setCellFactory(c -> new ChainCell());
        }
        table.setItems(model.rows);
        columnFilters = TableFilter.forTableView(table).lazy(true).apply();
        // Times, amounts and hashes differ on every row: a filter by value is offered where values repeat.
        for (TableColumn<PaymentRowModel, String> c : List.of(time, amount, tx, onChain)) c.setContextMenu(null);
        // The page keeps the history's order (newest first); no column sorts it, so neither does the filter.
        if (table.getItems() instanceof SortedList<PaymentRowModel> sorted) {
            sorted.comparatorProperty().unbind();
            sorted.setComparator(null);
        }

        login.textProperty().bindBidirectional(model.login);
        // The clear button (×) empties the field: that shows every payee again, as Enter does.
        model.login.addListener((o, a, b) -> { if (b == null || b.isEmpty()) load(0); });
        fromDay.valueProperty().bindBidirectional(model.fromDay);
        toDay.valueProperty().bindBidirectional(model.toDay);
        validation.registerValidator(fromDay, false,
                Validator.createPredicateValidator((LocalDate d) -> model.rangeValid(), RANGE_BACKWARDS));
        validation.registerValidator(toDay, false,
                Validator.createPredicateValidator((LocalDate d) -> model.rangeValid(), RANGE_BACKWARDS));
        model.fromDay.addListener((o, a, b) -> rangeChanged());
        model.toDay.addListener((o, a, b) -> rangeChanged());
        status.textProperty().bind(model.status);
        status.visibleProperty().bind(model.status.isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        position.textProperty().bind(model.position);
        exportState.textProperty().bind(model.exportState);
        prev.disableProperty().bind(model.hasNewer.not());
        next.disableProperty().bind(model.hasOlder.not());
        csv.disableProperty().bind(export.runningProperty());

        busy.track(pages);
        busy.track(export);
        busy.track(creditBack);
        LoadMasker mask = new LoadMasker(masker);
        mask.track(pages);
        if (receipts != null) busy.track(receipts);
        pages.setOnSucceeded(e -> show(pages.getValue()));
        pages.setOnFailed(e -> error.show("the payments", pages.getException()));
        export.setOnSucceeded(e -> model.exportState.set("Exported " + export.getValue() + " payments."));
        export.setOnFailed(e -> error.show("the payments for export", export.getException()));
        if (receipts != null) {
            receipts.setOnSucceeded(e -> {
                model.chain.putAll(receipts.getValue());
                table.refresh();
            });
            // A node that is down leaves the chain column empty; the status bar says why.
            receipts.setOnFailed(e -> table.refresh());
        }
        creditBack.setOnSucceeded(e -> {
            sheet.close();
            model.status.set(creditBack.getValue());
            refresh();
            onChanged.run();
        });
        creditBack.setOnFailed(e -> sheet.showError(creditBack.getException() == null ? "unknown error"
                : String.valueOf(creditBack.getException().getMessage())));
        model.updatePager();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEWER_KEY.match(e) && !prev.isDisabled()) {
                e.consume();
                onNewer();
            } else if (OLDER_KEY.match(e) && !next.isDisabled()) {
                e.consume();
                onOlder();
            }
        });
    }

    private void rangeChanged() {
        validation.revalidate();
        if (model.rangeValid()) {
            load(0);
        } else {
            model.rows.clear();
            model.total.set(0);
            model.updatePager();
        }
    }

    @FXML
    private void onLogin() {
        load(0);
    }

    @FXML
    private void onAllPayees() {
        model.login.set("");
    }

    @FXML
    private void onNewer() {
        load(model.offset.get() - PaymentsPageService.PAGE_SIZE);
    }

    @FXML
    private void onOlder() {
        load(model.offset.get() + PaymentsPageService.PAGE_SIZE);
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export payments to CSV");
        String login = model.login.get().strip();
        chooser.setInitialFileName(login.isEmpty() ? "payments.csv" : "payments-" + login + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) exportTo(f.toPath());
    }

    /** Exports the current filter's whole history to {@code file} in the background. */
    public void exportTo(Path file) {
        model.exportState.set("Exporting…");
        export.export(model.login.get(), model.range(), file);
    }

    /** The chain's word on one transaction of the page, when checked. */
    public ReceiptCheck.Status chainStatus(String txHash) {
        return txHash == null ? null : model.chain.get(txHash);
    }

    public void refresh() {
        load(model.offset.get());
    }

    private void load(long from) {
        if (!model.rangeValid()) return;
        error.clear();
        pages.load(model.login.get(), Math.max(0, from), model.range());
    }

    private void show(PaymentsPageService.Result r) {
        error.clear();
        model.offset.set(r.offset());
        model.total.set(r.total());
        model.rows.setAll(r.rows());
        table.scrollTo(0);
        model.updatePager();
        if (receipts != null && !r.rows().isEmpty()) {
            model.chain.clear();
            receipts.check(r.rows().stream().map(m -> m.record().txHash()).toList());
        }
    }

    private void confirmCreditBack(PaymentRecord p) {
        if (!writable) return;
        sheet.open("Credit back a reverted payment", PaymentConfirmations.creditBack(p), "Credit back", false, null, () -> {
            sheet.clearError();
            sheet.working().set(true);
            creditBack.run(() -> {
                desk.creditBack(p.login(), p.txHash(), p.amount());
                return "Credited back " + Amounts.ethWithUnit(p.amount()) + " to " + p.login()
                        + " (transaction " + p.txHash() + " reverted).";
            });
        });
    }

    private PaymentRowModel rowOf(TableCell<PaymentRowModel, ?> cell) {
        return cell.getTableRow() == null ? null : cell.getTableRow().getItem();
    }

    /** A "reverted" badge (and Credit back when writable), or the receipt state in muted text. */
    private final class ChainCell extends TableCell<PaymentRowModel, String> {
        private final Label badge = new Label("reverted");
        private final Button credit = new Button("Credit back…");
        private final HBox box = new HBox(6);

        ChainCell() {
            badge.getStyleClass().addAll("verdict-badge", "verdict-reverted");
            badge.setMinWidth(Label.USE_PREF_SIZE);
            credit.getStyleClass().addAll("small", "row-action");
            credit.setMinWidth(Button.USE_PREF_SIZE);
            credit.setOnAction(e -> {
                PaymentRowModel m = rowOf(this);
                if (m != null) confirmCreditBack(m.record());
            });
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(String hash, boolean empty) {
            super.updateItem(hash, empty);
            getStyleClass().remove("muted");
            if (empty || hash == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            ReceiptCheck.Status s = chainStatus(hash);
            if (s == ReceiptCheck.Status.REVERTED) {
                setText(null);
                credit.setId(CREDIT_BACK + hash);
                box.getChildren().setAll(writable ? List.of(badge, credit) : List.of(badge));
                setGraphic(box);
            } else {
                setGraphic(null);
                setText(s == null ? "" : s == ReceiptCheck.Status.CONFIRMED ? "mined" : "not mined");
                getStyleClass().add("muted");
            }
        }
    }

    /** A hyperlink to the explorer when one is configured and the hash is well formed, plain text otherwise. */
    private final class TxCell extends TableCell<PaymentRowModel, String> {
        private final Hyperlink link = new Hyperlink();

        TxCell() {
            getStyleClass().add("mono");
            link.getStyleClass().add("mono");
            link.setOnAction(e -> {
                String hash = getItem();
                if (hash != null) explorer.url(hash).ifPresent(openUrl);
            });
        }

        @Override
        protected void updateItem(String hash, boolean empty) {
            super.updateItem(hash, empty);
            if (empty || hash == null) {
                setText(null);
                setGraphic(null);
                return;
            }
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

    public PaymentsModel model() {
        return model;
    }

    public TableView<PaymentRowModel> table() {
        return table;
    }

    /** The ControlsFX column filters over the page. */
    public TableFilter<PaymentRowModel> columnFilters() {
        return columnFilters;
    }

    /** The ControlsFX validation of the day range. */
    public ValidationSupport validation() {
        return validation;
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
