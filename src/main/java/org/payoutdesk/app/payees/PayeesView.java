package org.payoutdesk.app.payees;

import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.app.shared.PayeeSnapshot;
import org.payoutdesk.app.shared.PayeeTableService;

import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.Comparator;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.ViewHeader;
import org.payoutdesk.ledger.PoolLedger;

/**
 * Every payee in one table: a FilteredList (search + filter) over the rows in table order. Sorting
 * uses the clicked columns' comparators on the row models (numeric on the Shannon longs) and runs
 * off the JavaFX thread, then replaces the rows in one change. Fixed cell size and preformatted
 * cells keep scrolling 100,000 rows smooth.
 */
public final class PayeesView extends VBox {
    public static final String ID_TABLE = "payees-table";
    public static final String ID_SEARCH = "payees-search";
    public static final String ID_FILTER = "payees-filter";

    private final PayeeTableService service;
    private final ObservableList<PayeeRowModel> rows = FXCollections.observableArrayList();
    private final FilteredList<PayeeRowModel> filtered = new FilteredList<>(rows, PayeeQuery.ALL);
    private final TableView<PayeeRowModel> table = new TableView<>();
    private final TextField search = new TextField();
    private final ComboBox<PayeeFilter> filter = new ComboBox<>(FXCollections.observableArrayList(PayeeFilter.values()));
    private final PayeeDetailPane detail;
    private final ViewHeader header;
    private final LoadError error = new LoadError();
    private final PayeeSortService sorter = new PayeeSortService();
    /** The rows in load order, what every sort starts from. */
    private java.util.List<PayeeRowModel> loaded = java.util.List.of();
    private final PauseTransition searchDebounce = new PauseTransition(Duration.millis(150));

    public PayeesView(PoolLedger ledger, PayeeTableService service) {
        super(10);
        getStyleClass().add("view");
        setPadding(new Insets(16));
        this.service = service;
        this.detail = new PayeeDetailPane(ledger);

        BusyIndicator busy = new BusyIndicator();
        busy.track(service);
        busy.track(sorter);
        search.setId(ID_SEARCH);
        search.setPromptText("Search address…");
        search.setPrefColumnCount(26);
        filter.setId(ID_FILTER);
        filter.getSelectionModel().select(PayeeFilter.ALL);
        header = new ViewHeader("Payees", busy, search, filter);
        Label unit = new Label("amounts in ETH");
        unit.getStyleClass().add("muted");
        header.getChildren().add(3, unit);

        buildTable();
        table.setItems(filtered);
        table.setSortPolicy(t -> {
            sorter.sort(loaded, Columns.comparator(t));
            return true;
        });
        sorter.setOnSucceeded(e -> showRows(sorter.getValue()));

        // Typing re-filters after a short pause, not on every key stroke over 100,000 rows.
        searchDebounce.setOnFinished(e -> applyQuery());
        search.textProperty().addListener((o, a, b) -> searchDebounce.playFromStart());
        search.setOnAction(e -> { searchDebounce.stop(); applyQuery(); });
        filter.valueProperty().addListener((o, a, b) -> applyQuery());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.show(b));
        filtered.predicateProperty().addListener((o, a, b) -> updateSubtitle());
        rows.addListener((javafx.collections.ListChangeListener<PayeeRowModel>) c -> updateSubtitle());

        service.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> show(service.getValue()));
        service.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED,
                e -> error.show("the payees", service.getException()));

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, error, split);
    }

    private void buildTable() {
        table.setId(ID_TABLE);
        table.setFixedCellSize(28);
        table.setPlaceholder(new Label("No payees"));
        table.getStyleClass().add("payees");
        TableColumn<PayeeRowModel, PayeeRowModel> login = Columns.text("Login", 335, PayeeRowModel::login,
                null, m -> m.flagged() ? "flagged-login" : null,
                Comparator.comparing(PayeeRowModel::login), "mono");
        TableColumn<PayeeRowModel, PayeeRowModel> balance =
                Columns.amount("Balance", 115, PayeeRowModel::balanceText, PayeeRowModel::balance);
        TableColumn<PayeeRowModel, PayeeRowModel> immature =
                Columns.amount("Immature", 105, PayeeRowModel::immatureText, PayeeRowModel::immature);
        TableColumn<PayeeRowModel, PayeeRowModel> pending =
                Columns.amount("Pending", 105, PayeeRowModel::pendingText, PayeeRowModel::pending);
        TableColumn<PayeeRowModel, PayeeRowModel> paid =
                Columns.amount("Paid", 115, PayeeRowModel::paidText, PayeeRowModel::paid);
        TableColumn<PayeeRowModel, PayeeRowModel> threshold = Columns.text("Threshold", 100,
                PayeeRowModel::thresholdText, PayeeRowModel::thresholdHint, null,
                Comparator.comparingLong(PayeeRowModel::effectiveThreshold), "amount");
        TableColumn<PayeeRowModel, PayeeRowModel> lastShare = Columns.text("Last share", 100,
                PayeeRowModel::lastShareText, null, null,
                Comparator.comparingLong(PayeeRowModel::lastShare), "right");
        TableColumn<PayeeRowModel, PayeeRowModel> flags = Columns.text("Flags", 90,
                PayeeRowModel::flagsText, PayeeRowModel::flagsHint, m -> m.flagged() ? "flag-cell" : null,
                Comparator.comparing(PayeeRowModel::flagsText));
        login.setId("col-login");
        balance.setId("col-balance");
        immature.setId("col-immature");
        pending.setId("col-pending");
        paid.setId("col-paid");
        threshold.setId("col-threshold");
        lastShare.setId("col-last-share");
        flags.setId("col-flags");
        table.getColumns().setAll(login, balance, immature, pending, paid, threshold, lastShare, flags);
    }

    private void applyQuery() {
        filtered.setPredicate(new PayeeQuery(search.getText(), filter.getValue()));
    }

    private void show(PayeeSnapshot snapshot) {
        error.clear();
        loaded = snapshot.rows();
        if (table.getSortOrder().isEmpty()) {
            sorter.cancel();
            showRows(loaded);
        } else {
            sorter.sort(loaded, Columns.comparator(table));
        }
    }

    private void showRows(java.util.List<PayeeRowModel> ordered) {
        PayeeRowModel selected = table.getSelectionModel().getSelectedItem();
        rows.setAll(ordered);
        if (selected != null) {
            String login = selected.login();
            table.getItems().stream().filter(m -> m.login().equals(login)).findFirst()
                    .ifPresent(m -> table.getSelectionModel().select(m));
        }
    }

    private void updateSubtitle() {
        int all = rows.size();
        int shown = filtered.size();
        header.subtitle().setText(shown == all ? String.format("%,d", all) : String.format("%,d of %,d", shown, all));
    }

    /** Running while a sort is being computed (tests wait for it). */
    public javafx.beans.value.ObservableBooleanValue sorting() {
        return sorter.runningProperty();
    }

    public TableView<PayeeRowModel> table() {
        return table;
    }

    public PayeeDetailPane detail() {
        return detail;
    }
}
