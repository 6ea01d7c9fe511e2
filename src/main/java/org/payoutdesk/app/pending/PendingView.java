package org.payoutdesk.app.pending;

import org.payoutdesk.app.shared.DeskCall;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.Amounts;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.ViewHeader;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.Approval;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReconcileProgress;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.Verdict;

/**
 * Payments the pool debited but never recorded as paid, and the payout lock. With the payout engine
 * every entry gets a verdict with evidence (reconciled in the background) and the actions that verdict
 * allows: Approve, Rollback, Approve with a hash, forced Rollback; a stale lock can be cleared and
 * "Resolve all" does what {@code resolve --yes} does. Each action is confirmed on a sheet over the view.
 */
public final class PendingView extends StackPane {
    public static final String ID_TABLE = "pending-table";
    public static final String ID_LOCK = "pending-lock";
    public static final String ID_BANNER = "pending-banner";
    public static final String ID_CHECK_AGAIN = "pending-check-again";
    public static final String ID_RESOLVE_ALL = "pending-resolve-all";
    public static final String ID_CLEAR_LOCK = "pending-clear-lock";
    public static final String ID_STATUS = "pending-status";
    public static final String ID_EVIDENCE = "pending-evidence";
    public static final String ID_HASH_FIELD = "pending-hash-field";
    public static final String ID_HASH_CHECK = "pending-hash-check";
    public static final String ID_HASH_RESULT = "pending-hash-result";
    public static final String ID_FORCE_TICK = "pending-force-tick";
    /** Row buttons: the id is this prefix + the login. */
    public static final String APPROVE = "pending-approve-";
    public static final String ROLLBACK = "pending-rollback-";
    public static final String APPROVE_HASH = "pending-approve-hash-";
    public static final String FORCE_ROLLBACK = "pending-force-rollback-";

    private final PaymentDesk desk;
    private final boolean writable;
    private final ExplorerLink explorer;
    private final Consumer<String> openUrl;
    private final Runnable onChanged;
    private final PendingService service;
    private final PendingScan scan = new PendingScan(javafx.application.Platform::runLater);
    /** Id suffix of the scan strip on the confirm sheet ({@code pending-scan-text-action}, …). */
    public static final String ACTION_SCAN = "-action";
    private final DeskCall<String> action = new DeskCall<>();
    /** The scans of an action (rollback, resolve all re-check the chain before writing), shown on the sheet. */
    private final PendingScan actionScan = new PendingScan(javafx.application.Platform::runLater);
    private final ScanStrip actionStrip = new ScanStrip(actionScan, ACTION_SCAN);
    private volatile ReconcileProgress actionProgress = ReconcileProgress.NONE;
    private final DeskCall<Approval> check = new DeskCall<>();
    private final TableView<PendingRowModel> table = new TableView<>();
    private final Label lock = new Label();
    private final Button clearLock = new Button("Clear lock…", new FontIcon(Feather.UNLOCK));
    private final Button resolveAll = new Button("Resolve all…", new FontIcon(Feather.CHECK_SQUARE));
    private final Button checkAgain = new Button("Check again", new FontIcon(Feather.REFRESH_CW));
    private final Label banner = new Label();
    private final Label status = new Label();
    private final Label evidence = new Label();
    private final LoadError error = new LoadError();
    private final ConfirmSheet sheet = new ConfirmSheet();
    private final ViewHeader header;
    private PendingSnapshot snapshot;

    /** A list without verdicts or actions (no payout engine). */
    public PendingView(PoolLedger ledger) {
        this(ledger, null, true, new ExplorerLink(null), url -> { }, () -> { });
    }

    /**
     * @param desk      the payout engine; null lists the entries without verdicts or actions
     * @param readOnly  true hides every action that writes
     * @param onChanged run after every action that wrote, so the rest of the window reloads
     */
    public PendingView(PoolLedger ledger, PaymentDesk desk, boolean readOnly, ExplorerLink explorer,
                       Consumer<String> openUrl, Runnable onChanged) {
        getStyleClass().add("pending-view");
        this.desk = desk;
        this.writable = desk != null && !readOnly && !desk.settings().readOnly();
        this.explorer = explorer;
        this.openUrl = openUrl;
        this.onChanged = onChanged;
        service = new PendingService(ledger, desk, scan);
        BusyIndicator busy = new BusyIndicator();
        busy.track(service);
        busy.track(action);
        busy.track(check);

        checkAgain.setId(ID_CHECK_AGAIN);
        checkAgain.setTooltip(new Tooltip("Read the entries again and ask the chain for fresh verdicts"));
        checkAgain.setOnAction(e -> refresh());
        checkAgain.disableProperty().bind(service.runningProperty());
        resolveAll.setId(ID_RESOLVE_ALL);
        resolveAll.setTooltip(new Tooltip("Approve every paid entry, roll back every one that did not go out, leave the rest"));
        resolveAll.setOnAction(e -> confirmResolveAll());
        resolveAll.setDisable(true);
        showIf(resolveAll, writable);
        header = new ViewHeader("Pending payments", busy, checkAgain, resolveAll);

        lock.setId(ID_LOCK);
        lock.getStyleClass().add("lock-state");
        lock.setGraphic(new FontIcon(Feather.LOCK));
        clearLock.setId(ID_CLEAR_LOCK);
        clearLock.setOnAction(e -> confirmClearLock());
        showIf(clearLock, false);
        banner.setId(ID_BANNER);
        banner.getStyleClass().addAll("banner", "warning");
        banner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        setBanner(null);
        status.setId(ID_STATUS);
        status.getStyleClass().add("ok-text");
        status.setWrapText(true);
        showIf(status, false);

        buildTable();
        // A first load can scan blocks for minutes: say so instead of "nothing pending".
        ((Label) table.getPlaceholder()).textProperty().bind(javafx.beans.binding.Bindings.when(service.runningProperty())
                .then("Reading the pending payments…").otherwise("Nothing pending: every debited payment was recorded."));
        evidence.setId(ID_EVIDENCE);
        evidence.getStyleClass().add("evidence-detail");
        evidence.setWrapText(true);
        evidence.setMaxWidth(Double.MAX_VALUE);
        evidence.setText("Select an entry to read its full evidence.");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> evidence.setText(m == null
                ? "Select an entry to read its full evidence."
                : m.payment().member() + (m.verdict() == null ? "" : " — " + VerdictBadge.text(m.verdict()))
                + ": " + m.evidenceText()));

        Label note = new Label(desk == null ? "No payout engine: verdicts and Approve / Rollback need a node (start with a config)."
                : writable ? "Every action is confirmed first and recorded in the audit stream."
                : "Read-only: verdicts are shown, no action is offered.");
        note.getStyleClass().add("muted");
        HBox lockRow = new HBox(12, lock, clearLock);
        lockRow.setAlignment(Pos.CENTER_LEFT);

        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the pending payments", service.getException()));
        action.setOnSucceeded(e -> actionDone(action.getValue()));
        action.setOnFailed(e -> sheet.showError(message(action.getException())));
        action.runningProperty().addListener((o, was, running) -> {
            if (!running) actionScan.end();
        });

        VBox body = new VBox(10, header, new ScanStrip(scan), error, banner, lockRow, status, table, evidence, note);
        body.getStyleClass().add("view");
        body.setPadding(new Insets(16));
        getChildren().addAll(body, sheet);
    }

    private void buildTable() {
        table.setId(ID_TABLE);
        table.setFixedCellSize(58);
        table.setPlaceholder(new Label("Nothing pending: every debited payment was recorded."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PendingRowModel, PendingRowModel> login = cellColumn("Login", 262, PendingCells.Login::new);
        login.setId("col-login");
        TableColumn<PendingRowModel, PendingRowModel> amount =
                Columns.amount("Amount", 118, PendingRowModel::amountText, m -> m.payment().amount());
        amount.setId("col-amount");
        TableColumn<PendingRowModel, PendingRowModel> verdict = cellColumn("Verdict", 108, PendingCells.Badge::new);
        verdict.setId("col-verdict");
        verdict.setComparator(Comparator.comparing(m -> m.verdict() == null ? "" : m.verdict().name()));
        verdict.setSortable(true);
        TableColumn<PendingRowModel, PendingRowModel> tx = cellColumn("Transaction", 160,
                () -> new PendingCells.Tx(explorer, openUrl));
        tx.setId("col-tx");
        TableColumn<PendingRowModel, PendingRowModel> actions = cellColumn("Actions", 188,
                () -> new PendingCells.Actions(this::onAction));
        actions.setId("col-actions");
        actions.setVisible(writable);
        TableColumn<PendingRowModel, PendingRowModel> ev = cellColumn("Evidence", 240, PendingCells.Evidence::new);
        ev.setId("col-evidence");
        table.getColumns().setAll(List.of(login, amount, verdict, tx, actions, ev));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<PendingRowModel, PendingRowModel> cellColumn(
            String title, double width, java.util.function.Supplier<javafx.scene.control.TableCell<PendingRowModel, PendingRowModel>> cell) {
        TableColumn<PendingRowModel, PendingRowModel> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> cell.get());
        return c;
    }

    /** Reads the entries again and asks the engine for fresh verdicts. */
    public void refresh() {
        service.restart();
    }

    private void show(PendingSnapshot s) {
        error.clear();
        snapshot = s;
        ZoneId zone = ZoneId.systemDefault();
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().payment().member();
        table.getItems().setAll(s.pending().stream()
                .map(p -> new PendingRowModel(p, s.verdict(p).orElse(null), writable, s.readAt(), zone)).toList());
        table.getItems().stream().filter(m -> m.payment().member().equals(selected)).findFirst()
                .ifPresent(m -> table.getSelectionModel().select(m));
        header.subtitle().setText(s.pending().size() + (s.pending().size() == 1 ? " entry" : " entries") + " · amounts in ETH");
        lock.setText("Payout lock: " + s.lock().orElse("none"));
        lock.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("held"), s.lock().isPresent());
        showIf(clearLock, writable && s.orphanLock());
        resolveAll.setDisable(!writable || (s.verdicts().isEmpty() && !s.orphanLock()));
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

    /** A row button was pressed. */
    private void onAction(PendingCells.Action kind, PendingRowModel m) {
        Reconciliation r = m.reconciliation().orElse(null);
        if (r == null || !writable) return;
        String member = r.entry().member();
        switch (kind) {
            case APPROVE -> {
                String hash = r.txHash().orElseThrow();
                sheet.open("Approve payment", PendingConfirmations.approve(r), "Approve", false, null,
                        () -> run(() -> {
                            desk.approve(member, hash);
                            return "Approved " + member + ": recorded as paid by " + hash + ".";
                        }));
            }
            case ROLLBACK -> sheet.open("Roll back payment", PendingConfirmations.rollback(r), "Roll back", false, null,
                    () -> run(() -> {
                        desk.rollback(member, false, actionProgress);
                        return "Rolled back " + member + ": " + org.payoutdesk.app.shared.Amounts.ethWithUnit(r.entry().amount())
                                + " credited back to " + r.entry().login() + ".";
                    }), actionStrip);
            case APPROVE_WITH_HASH -> openApproveWithHash(r);
            case FORCE_ROLLBACK -> {
                CheckBox tick = new CheckBox(PendingConfirmations.FORCED_TICK);
                tick.setId(ID_FORCE_TICK);
                sheet.open("Force a rollback", PendingConfirmations.forcedRollback(r), "Force rollback", true,
                        tick.selectedProperty(), () -> run(() -> {
                            desk.rollback(member, true, actionProgress);
                            return "Rolled back " + member + " (FORCED, verdict " + r.verdict() + "): "
                                    + org.payoutdesk.app.shared.Amounts.ethWithUnit(r.entry().amount()) + " credited back to "
                                    + r.entry().login() + ".";
                        }), tick, actionStrip);
            }
        }
    }

    /** UNKNOWN: the operator gives the hash, the engine checks it on chain, then the operator approves. */
    private void openApproveWithHash(Reconciliation r) {
        String member = r.entry().member();
        TextField hash = new TextField();
        hash.setId(ID_HASH_FIELD);
        hash.setPromptText("0x… transaction hash (64 hex digits)");
        hash.getStyleClass().add("mono");
        Button verify = new Button("Check on chain", new FontIcon(Feather.SEARCH));
        verify.setId(ID_HASH_CHECK);
        Label result = new Label();
        result.setId(ID_HASH_RESULT);
        result.setWrapText(true);
        result.getStyleClass().add("ok-text");
        SimpleBooleanProperty verified = new SimpleBooleanProperty();
        String[] verifiedHash = new String[1];
        hash.textProperty().addListener((o, a, b) -> {
            verified.set(false);
            result.setText(null);
        });
        verify.disableProperty().bind(check.runningProperty().or(hash.textProperty().isEmpty()));
        verify.setOnAction(e -> {
            sheet.clearError();
            result.setText(null);
            String h = hash.getText();
            check.setOnSucceeded(ev -> {
                Approval a = check.getValue();
                verifiedHash[0] = a.txHash();
                result.setText(PendingConfirmations.verified(a));
                verified.set(true);
            });
            check.setOnFailed(ev -> {
                verified.set(false);
                sheet.showError(message(check.getException()));
            });
            check.run(() -> desk.verifyApproval(member, h));
        });
        HBox row = new HBox(8, hash, verify);
        HBox.setHgrow(hash, Priority.ALWAYS);
        sheet.open("Approve with a transaction hash", PendingConfirmations.approveWithHash(r.entry()), "Approve", false,
                verified, () -> run(() -> {
                    desk.approve(member, verifiedHash[0]);
                    return "Approved " + member + ": recorded as paid by " + verifiedHash[0] + ".";
                }), row, result);
        hash.requestFocus();
    }

    private void confirmClearLock() {
        if (snapshot == null || snapshot.lock().isEmpty() || !writable) return;
        sheet.open("Clear the payout lock", PendingConfirmations.clearLock(snapshot.lock().get()), "Clear lock", false, null,
                () -> run(() -> desk.clearStaleLock() ? "The payout lock was cleared."
                        : "The lock was not cleared: a payment is pending again (or the lock was already gone)."));
    }

    private void confirmResolveAll() {
        if (snapshot == null || !writable) return;
        sheet.open("Resolve all", PendingConfirmations.resolveAll(snapshot.verdicts(), snapshot.lock().orElse(null)),
                "Resolve all", false, null, () -> run(() -> {
                    List<Reconciliation> done = desk.resolve(actionProgress);
                    long approved = done.stream().filter(x -> x.verdict() == Verdict.PAID).count();
                    long rolled = done.stream().filter(Reconciliation::canRollback).count();
                    long left = done.size() - approved - rolled;
                    return "Resolved: " + approved + " approved, " + rolled + " rolled back, " + left + " left pending.";
                }), actionStrip);
    }

    private void run(Callable<String> call) {
        sheet.clearError();
        sheet.working().set(true);
        actionProgress = desk == null ? ReconcileProgress.NONE : actionScan.begin();
        action.run(call);
    }

    private void actionDone(String message) {
        sheet.close();
        status.setText(message);
        showIf(status, true);
        refresh();
        onChanged.run();
    }

    private static String message(Throwable t) {
        if (t == null) return "unknown error";
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private void setBanner(String text) {
        banner.setText(text);
        showIf(banner, text != null);
    }

    private static void showIf(javafx.scene.Node n, boolean show) {
        n.setVisible(show);
        n.setManaged(show);
    }

    public TableView<PendingRowModel> table() {
        return table;
    }

    public ConfirmSheet sheet() {
        return sheet;
    }

    public Label statusLine() {
        return status;
    }

    /** True while the entries are being read or reconciled. */
    public javafx.beans.value.ObservableBooleanValue loading() {
        return service.runningProperty();
    }

    /** The block scans of the reconciliation under way (progress, Cancel). */
    public PendingScan scan() {
        return scan;
    }

    /** The scans of the action under way (shown on the confirm sheet). */
    public PendingScan actionScan() {
        return actionScan;
    }

    public boolean writable() {
        return writable;
    }
}
