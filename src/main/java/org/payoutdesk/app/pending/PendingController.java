package org.payoutdesk.app.pending;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationSupport;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.DeskCall;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.TextCell;
import org.payoutdesk.payout.Approval;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.ReconcileProgress;
import org.payoutdesk.payout.Reconciliation;
import org.payoutdesk.payout.Verdict;

/**
 * The Pending view's controller ({@code pending/pending.fxml}): reads the entries and their verdicts through
 * {@link PendingService}, writes them into the {@link PendingModel} the view is bound to, and runs each
 * confirmed action (approve, roll back, approve by hash, forced rollback, clear lock, resolve all) on the
 * payout engine off the JavaFX thread.
 */
public final class PendingController {
    private final PaymentDesk desk;
    private final boolean writable;
    private final ExplorerLink explorer;
    private final Consumer<String> openUrl;
    private final Runnable onChanged;
    private final PendingModel model = new PendingModel();
    private final PendingService service;
    private final PendingScan scan = new PendingScan(Platform::runLater);
    /** The scans of an action (rollback, resolve all re-check the chain before writing), shown on the sheet. */
    private final PendingScan actionScan = new PendingScan(Platform::runLater);
    private volatile ReconcileProgress actionProgress = ReconcileProgress.NONE;
    private final DeskCall<String> action = new DeskCall<>();
    private final DeskCall<Approval> check = new DeskCall<>();
    /** The approve-by-hash check: its hash is valid and the chain confirmed it. */
    private final SimpleBooleanProperty verified = new SimpleBooleanProperty();
    private final ValidationSupport hashValidation = new ValidationSupport();
    private String verifiedHash;
    private PendingSnapshot snapshot;

    @FXML private Label subtitle;
    @FXML private BusyIndicator busy;
    @FXML private Button checkAgain;
    @FXML private Button resolveAll;
    @FXML private ScanStrip scanStrip;
    @FXML private ScanStrip actionStrip;
    @FXML private LoadError error;
    @FXML private Label banner;
    @FXML private Label lock;
    @FXML private Button clearLock;
    @FXML private Label status;
    @FXML private TableView<PendingRowModel> table;
    @FXML private Label placeholder;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> loginColumn;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> amountColumn;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> verdictColumn;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> txColumn;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> actionsColumn;
    @FXML private TableColumn<PendingRowModel, PendingRowModel> evidenceColumn;
    @FXML private Label evidence;
    @FXML private Label note;
    @FXML private ConfirmSheet sheet;
    @FXML private HBox hashRow;
    @FXML private TextField hashField;
    @FXML private Button hashCheck;
    @FXML private Label hashResult;
    @FXML private CheckBox forceTick;

    /** Built by {@code Views}: the engine, read-only flag, explorer and "reload the window" come from the context. */
    public PendingController(ViewContext ctx) {
        desk = ctx.desk();
        writable = desk != null && !ctx.readOnly() && !desk.settings().readOnly();
        explorer = ctx.explorer();
        openUrl = ctx.openUrl();
        onChanged = ctx.refreshAll();
        service = new PendingService(ctx.ledger(), desk, scan);
    }

    @FXML
    private void initialize() {
        busy.track(service);
        busy.track(action);
        busy.track(check);
        model.loading().bind(service.runningProperty());
        checkAgain.disableProperty().bind(service.runningProperty());
        showIf(resolveAll, writable);
        resolveAll.disableProperty().bind(model.resolvable().not());
        scanStrip.watch(scan);
        actionStrip.watch(actionScan);
        subtitle.textProperty().bind(model.subtitle());
        lock.textProperty().bind(model.lock());
        model.lockHeld().addListener((o, a, held) -> lock.pseudoClassStateChanged(PseudoClass.getPseudoClass("held"), held));
        bindShown(clearLock, model.clearLockOffered());
        bindText(banner, model.banner());
        bindText(status, model.status());
        evidence.textProperty().bind(model.evidence());
        note.setText(desk == null ? "No payout engine: verdicts and Approve / Rollback need a node (start with a config)."
                : writable ? "Every action is confirmed first and recorded in the audit stream."
                : "Read-only: verdicts are shown, no action is offered.");
        columns();
        table.setItems(model.rows());
        // A first load can scan blocks for minutes: say so instead of "nothing pending".
        placeholder.textProperty().bind(Bindings.when(service.runningProperty())
                .then("Reading the pending payments…").otherwise("Nothing pending: every debited payment was recorded."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> model.evidence().set(m == null
                ? PendingModel.NO_SELECTION
                : m.payment().member() + (m.verdict() == null ? "" : " — " + VerdictBadge.text(m.verdict()))
                + ": " + m.evidenceText()));
        approveByHash();

        service.setOnSucceeded(e -> show(service.getValue()));
        service.setOnFailed(e -> error.show("the pending payments", service.getException()));
        action.setOnSucceeded(e -> actionDone(action.getValue()));
        action.setOnFailed(e -> sheet.showError(message(action.getException())));
        action.runningProperty().addListener((o, was, running) -> {
            if (!running) actionScan.end();
        });
    }

    /** What FXML cannot say: each column's cell and value (the row itself), and the sort orders. */
    private void columns() {
        cells(loginColumn, PendingCells.Login::new);
        cells(amountColumn, () -> new TextCell<>(PendingRowModel::amountText,
                m -> Amounts.shannonHint(m.payment().amount()), null, Amounts.STYLE));
        amountColumn.setComparator(Comparator.comparingLong(m -> m.payment().amount()));
        cells(verdictColumn, PendingCells.Badge::new);
        verdictColumn.setComparator(Comparator.comparing(m -> m.verdict() == null ? "" : m.verdict().name()));
        cells(txColumn, () -> new PendingCells.Tx(explorer, openUrl));
        cells(actionsColumn, () -> new PendingCells.Actions(this::onAction));
        actionsColumn.setVisible(writable);
        cells(evidenceColumn, PendingCells.Evidence::new);
    }

    private static void cells(TableColumn<PendingRowModel, PendingRowModel> c,
                              Supplier<TableCell<PendingRowModel, PendingRowModel>> cell) {
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> cell.get());
    }

    /** The hash field: decorated while it is not 0x + 64 hex digits; Check on chain only for a well-formed hash. */
    private void approveByHash() {
        hashValidation.setValidationDecorator(new org.controlsfx.validation.decoration.StyleClassValidationDecoration());
        hashValidation.registerValidator(hashField, false, TxHashValidator.INSTANCE);
        // The style-class decoration has no text of its own: the reason goes on the field's tooltip.
        hashValidation.validationResultProperty().addListener((o, was, r) -> hashField.setTooltip(
                r == null || r.getErrors().isEmpty() ? null : new javafx.scene.control.Tooltip(TxHashValidator.MESSAGE)));
        hashField.textProperty().addListener((o, a, b) -> {
            verified.set(false);
            hashResult.setText(null);
        });
        hashCheck.disableProperty().bind(check.runningProperty().or(hashField.textProperty().isEmpty())
                .or(hashValidation.invalidProperty()));
    }

    /** Reads the entries again and asks the engine for fresh verdicts. */
    public void refresh() {
        service.restart();
    }

    private void show(PendingSnapshot s) {
        error.clear();
        snapshot = s;
        ZoneId zone = ZoneId.systemDefault();
        PendingRowModel chosen = table.getSelectionModel().getSelectedItem();
        String selected = chosen == null ? null : chosen.payment().member();
        model.rows().setAll(s.pending().stream()
                .map(p -> new PendingRowModel(p, s.verdict(p).orElse(null), writable, s.readAt(), zone)).toList());
        model.rows().stream().filter(m -> m.payment().member().equals(selected)).findFirst()
                .ifPresent(m -> table.getSelectionModel().select(m));
        model.subtitle().set(s.pending().size() + (s.pending().size() == 1 ? " entry" : " entries") + " · amounts in ETH");
        model.lock().set("Payout lock: " + s.lock().orElse("none"));
        model.lockHeld().set(s.lock().isPresent());
        model.clearLockOffered().set(writable && s.orphanLock());
        model.resolvable().set(writable && (!s.verdicts().isEmpty() || s.orphanLock()));
        if (s.orphanLock()) {
            model.banner().set("The payout lock is held (" + s.lock().get() + ") but no payment is pending: "
                    + "the pool will not pay anyone until it is cleared.");
        } else if (!s.pending().isEmpty()) {
            model.banner().set(s.pending().size() + (s.pending().size() == 1 ? " payment was" : " payments were")
                    + " debited but never recorded as paid: the pool refuses to pay until each is resolved.");
        } else {
            model.banner().set(null);
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
                        return "Rolled back " + member + ": " + Amounts.ethWithUnit(r.entry().amount())
                                + " credited back to " + r.entry().login() + ".";
                    }), actionStrip);
            case APPROVE_WITH_HASH -> openApproveWithHash(r);
            case FORCE_ROLLBACK -> {
                forceTick.setSelected(false);
                sheet.open("Force a rollback", PendingConfirmations.forcedRollback(r), "Force rollback", true,
                        forceTick.selectedProperty(), () -> run(() -> {
                            desk.rollback(member, true, actionProgress);
                            return "Rolled back " + member + " (FORCED, verdict " + r.verdict() + "): "
                                    + Amounts.ethWithUnit(r.entry().amount()) + " credited back to "
                                    + r.entry().login() + ".";
                        }), forceTick, actionStrip);
            }
        }
    }

    /** UNKNOWN: the operator gives the hash, the engine checks it on chain, then the operator approves. */
    private void openApproveWithHash(Reconciliation r) {
        String member = r.entry().member();
        hashField.clear();
        hashResult.setText(null);
        verified.set(false);
        verifiedHash = null;
        hashCheck.setUserData(member);
        sheet.open("Approve with a transaction hash", PendingConfirmations.approveWithHash(r.entry()), "Approve", false,
                verified, () -> run(() -> {
                    desk.approve(member, verifiedHash);
                    return "Approved " + member + ": recorded as paid by " + verifiedHash + ".";
                }), hashRow, hashResult);
        hashField.requestFocus();
    }

    @FXML
    private void onCheckHash() {
        String member = (String) hashCheck.getUserData();
        if (member == null || desk == null) return;
        sheet.clearError();
        hashResult.setText(null);
        String h = hashField.getText().strip();
        check.setOnSucceeded(ev -> {
            Approval a = check.getValue();
            verifiedHash = a.txHash();
            hashResult.setText(PendingConfirmations.verified(a));
            verified.set(true);
        });
        check.setOnFailed(ev -> {
            verified.set(false);
            sheet.showError(message(check.getException()));
        });
        check.run(() -> desk.verifyApproval(member, h));
    }

    @FXML
    private void onCheckAgain() {
        refresh();
    }

    @FXML
    private void onClearLock() {
        if (snapshot == null || snapshot.lock().isEmpty() || !writable) return;
        sheet.open("Clear the payout lock", PendingConfirmations.clearLock(snapshot.lock().get()), "Clear lock", false, null,
                () -> run(() -> desk.clearStaleLock() ? "The payout lock was cleared."
                        : "The lock was not cleared: a payment is pending again (or the lock was already gone)."));
    }

    @FXML
    private void onResolveAll() {
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
        model.status().set(message);
        refresh();
        onChanged.run();
    }

    private static String message(Throwable t) {
        if (t == null) return "unknown error";
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A line whose text is null is hidden and takes no room. */
    private static void bindText(Label label, javafx.beans.property.StringProperty text) {
        label.textProperty().bind(text);
        bindShown(label, Bindings.isNotNull(text));
    }

    private static void bindShown(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    private static void showIf(Node n, boolean show) {
        n.setVisible(show);
        n.setManaged(show);
    }

    // ---------------------------------------------------------------- for the window and tests

    public PendingModel model() { return model; }

    public TableView<PendingRowModel> table() { return table; }

    public ConfirmSheet sheet() { return sheet; }

    public Label statusLine() { return status; }

    /** True while the entries are being read or reconciled. */
    public javafx.beans.value.ObservableBooleanValue loading() { return service.runningProperty(); }

    /** The block scans of the reconciliation under way (progress, Cancel). */
    public PendingScan scan() { return scan; }

    /** The scans of the action under way (shown on the confirm sheet). */
    public PendingScan actionScan() { return actionScan; }

    public boolean writable() { return writable; }
}
