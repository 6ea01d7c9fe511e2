package org.payoutdesk.app.payees;

import java.util.Comparator;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.WorkerStateEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.table.TableFilter;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.BusyIndicator;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.LoadError;
import org.payoutdesk.app.shared.LoadMasker;
import org.payoutdesk.app.shared.PayeeRowModel;
import org.payoutdesk.app.shared.PayeeSnapshot;
import org.payoutdesk.app.shared.PayeeTableService;

/**
 * Every payee in one table (payees/payees.fxml): our own list of rows in table order and the rows the search
 * and filter let through, then the ControlsFX column filters (TableFilter wraps the table's list). Sorting
 * (the clicked columns' comparators on the row models, numeric on the Shannon longs) and the search both run
 * off the JavaFX thread, then replace the shown rows in one change: over 100,000 rows a FilteredList
 * re-filter on the JavaFX thread blocked it for a quarter of a second. Fixed cell size and preformatted
 * cells keep scrolling 100,000 rows smooth.
 */
public final class PayeesController {
    public static final String ID_TABLE = "payees-table";
    public static final String ID_SEARCH = "payees-search";
    public static final String ID_FILTER = "payees-filter";

    private final PayeesModel model = new PayeesModel();
    private final PayeeTableService service;
    private final PayeeSortService sorter = new PayeeSortService();
    /** Typing re-filters after a short pause, not on every key stroke over 100,000 rows. */
    private final PauseTransition searchDebounce = new PauseTransition(Duration.millis(150));
    /** The rows in load order, what every sort starts from. */
    private List<PayeeRowModel> loaded = List.of();
    /** The columns' order the table asked for last (null: load order). */
    private Comparator<PayeeRowModel> order;
    private TableFilter<PayeeRowModel> columnFilters;

    @FXML private Label count;
    @FXML private BusyIndicator busy;
    @FXML private TextField search;
    @FXML private ComboBox<PayeeFilter> filter;
    @FXML private LoadError error;
    @FXML private TableView<PayeeRowModel> table;
    @FXML private TableColumn<PayeeRowModel, String> login;
    @FXML private TableColumn<PayeeRowModel, String> balance;
    @FXML private TableColumn<PayeeRowModel, String> immature;
    @FXML private TableColumn<PayeeRowModel, String> pending;
    @FXML private TableColumn<PayeeRowModel, String> paid;
    @FXML private TableColumn<PayeeRowModel, String> threshold;
    @FXML private TableColumn<PayeeRowModel, String> lastShare;
    @FXML private TableColumn<PayeeRowModel, String> flags;
    @FXML private MaskerPane masker;
    @FXML private javafx.scene.Node detail;
    @FXML private PayeeDetailController detailController;

    public PayeesController(ViewContext context) {
        this.service = context.payeeTable();
    }

    @FXML
    private void initialize() {
        Columns.keyed(login, PayeeRowModel::login, null, m -> m.flagged() ? "flagged-login" : null,
                Comparator.comparing(PayeeRowModel::login), "mono");
        Columns.keyedAmount(balance, PayeeRowModel::balanceText, PayeeRowModel::balance, true);
        Columns.keyedAmount(immature, PayeeRowModel::immatureText, PayeeRowModel::immature, true);
        Columns.keyedAmount(pending, PayeeRowModel::pendingText, PayeeRowModel::pending, true);
        Columns.keyedAmount(paid, PayeeRowModel::paidText, PayeeRowModel::paid, true);
        Columns.keyed(threshold, PayeeRowModel::thresholdText, PayeeRowModel::thresholdHint, null,
                Comparator.comparingLong(PayeeRowModel::effectiveThreshold), "amount");
        Columns.keyed(lastShare, PayeeRowModel::lastShareText, null, null,
                Comparator.comparingLong(PayeeRowModel::lastShare), "right");
        Columns.keyed(flags, PayeeRowModel::flagsText, PayeeRowModel::flagsHint, m -> m.flagged() ? "flag-cell" : null,
                Comparator.comparing(PayeeRowModel::flagsText));

        // Not expressible on an fx:include: the detail keeps its height when the window grows.
        javafx.scene.control.SplitPane.setResizableWithParent(detail, false);
        table.setItems(model.shown);
        // Column filters on top of our list; lazy: a column's distinct values are gathered when its filter opens.
        columnFilters = TableFilter.forTableView(table).lazy(true).apply();
        // Logins and amounts are (nearly) all distinct: a check list of 100,000 values helps no one (the search
        // field finds a login), so only threshold, last share and flags offer a filter (right-click the header).
        for (TableColumn<PayeeRowModel, String> c : List.of(login, balance, immature, pending, paid)) {
            c.setContextMenu(null);
        }
        // We sort the backing rows ourselves, off the JavaFX thread: the filter's sorted view must not re-sort
        // them on the JavaFX thread (and with the row models' comparators, it could not).
        if (table.getItems() instanceof SortedList<PayeeRowModel> sorted) {
            sorted.comparatorProperty().unbind();
            sorted.setComparator(null);
        }
        // And the table shows the filter's filtered list itself: that sorted view would only pass every change of
        // 100,000 rows through one more list on the JavaFX thread (the column filters read the table's items).
        table.setItems(columnFilters.getFilteredList());
        table.setSortPolicy(t -> {
            order = Columns.comparator(t);
            // Nothing loaded yet (the table asks as its skin is made): a sort of nothing, delivered after
            // the first rows, would replace them with nothing.
            if (!loaded.isEmpty()) update();
            return true;
        });
        sorter.setOnSucceeded(e -> showRows(sorter.getValue()));

        filter.setItems(FXCollections.observableArrayList(PayeeFilter.values()));
        filter.valueProperty().bindBidirectional(model.filter);
        search.textProperty().bindBidirectional(model.search);
        searchDebounce.setOnFinished(e -> update());
        model.search.addListener((o, a, b) -> searchDebounce.playFromStart());
        model.filter.addListener((o, a, b) -> update());
        count.textProperty().bind(model.count);
        table.getItems().addListener((ListChangeListener<PayeeRowModel>) c -> model.updateCount(table.getItems().size()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detailController.show(b));

        busy.track(service);
        busy.track(sorter);
        LoadMasker mask = new LoadMasker(masker);
        mask.track(service);
        mask.track(sorter);
        service.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> show(service.getValue()));
        service.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
                e -> error.show("the payees", service.getException()));
        // Built on first view: the window's shared table may have loaded already.
        if (service.getState() == javafx.concurrent.Worker.State.SUCCEEDED) show(service.getValue());
    }

    @FXML
    private void onSearch() {
        searchDebounce.stop();
        update();
    }

    private void show(PayeeSnapshot snapshot) {
        error.clear();
        loaded = snapshot.rows();
        order = table.getSortOrder().isEmpty() ? null : Columns.comparator(table);
        update();
    }

    /** Sorts and narrows the loaded rows off the JavaFX thread; a request still running is replaced. */
    private void update() {
        sorter.sort(loaded, order, model.query());
    }

    private void showRows(PayeeSortService.View view) {
        if (view == null) return; // cancelled
        PayeeRowModel selected = table.getSelectionModel().getSelectedItem();
        model.rows.set(java.util.Collections.unmodifiableList(view.sorted()));
        model.shown.setAll(view.shown());
        if (selected != null) {
            String who = selected.login();
            table.getItems().stream().filter(m -> m.login().equals(who)).findFirst()
                    .ifPresent(m -> table.getSelectionModel().select(m));
        }
    }

    /** Running while a sort is being computed (tests wait for it). */
    public ObservableBooleanValue sorting() {
        return sorter.runningProperty();
    }

    public PayeesModel model() {
        return model;
    }

    public TableView<PayeeRowModel> table() {
        return table;
    }

    /** The ControlsFX column filters over the table. */
    public TableFilter<PayeeRowModel> columnFilters() {
        return columnFilters;
    }

    public PayeeDetailController detail() {
        return detailController;
    }
}
