package org.payoutdesk.app.finances;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import org.controlsfx.control.SegmentedButton;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.ledger.Finances;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FinancesDay;
import org.payoutdesk.payout.FinancesReport;

/**
 * The Finances screen (finances/finances.fxml): the range selector, the in/out chart, the day table, the
 * {@code finances} hash with wallet and coverage, and CSV export. The main window calls {@link #refresh()} when
 * the screen is shown or the ledger changed; the report is read by {@link FinancesService}, off the JavaFX thread.
 */
public final class FinancesController {
    private final FinancesModel model = new FinancesModel();
    private final FinancesService service;

    @FXML private SegmentedButton range;
    @FXML private ToggleButton range7;
    @FXML private ToggleButton range30;
    @FXML private ToggleButton range90;
    @FXML private Label subtitle;
    @FXML private Button exportButton;
    @FXML private Label status;
    @FXML private InOutChart chart;
    @FXML private TableView<FinancesRow> table;
    @FXML private TableColumn<FinancesRow, FinancesRow> dayColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> blocksColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> rewardColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> creditedColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> keptColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> paymentsColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> paidColumn;
    @FXML private TableColumn<FinancesRow, FinancesRow> feesColumn;
    @FXML private Label balance;
    @FXML private Label immature;
    @FXML private Label pending;
    @FXML private Label paid;
    @FXML private Label totalMined;
    @FXML private Label txCharges;
    @FXML private Label wallet;
    @FXML private Label coverage;
    @FXML private Label problems;

    public FinancesController(ViewContext context) {
        this.service = new FinancesService(context, Clock.systemUTC());
    }

    public FinancesModel model() { return model; }

    public TableView<FinancesRow> table() { return table; }

    public InOutChart chart() { return chart; }

    /** Reads the current range again (stale reads are dropped). */
    public void refresh() {
        service.setDays(model.getDays());
        service.restart();
    }

    /** Stops a read in flight (the window closes). */
    public void dispose() {
        service.cancel();
    }

    @FXML
    private void initialize() {
        range7.setUserData(7);
        range30.setUserData(30);
        range90.setUserData(90);
        range30.setSelected(true);
        range.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> onRange(was, now));

        dayColumn.setCellFactory(c -> text(FinancesRow::label));
        blocksColumn.setCellFactory(c -> text(r -> Integer.toString(r.figures().blocks())));
        paymentsColumn.setCellFactory(c -> text(r -> Integer.toString(r.figures().payments())));
        rewardColumn.setCellFactory(c -> wei(FinancesDay::rewardWei));
        creditedColumn.setCellFactory(c -> shannon(FinancesDay::creditedShannon));
        keptColumn.setCellFactory(c -> wei(FinancesDay::keptWei));
        paidColumn.setCellFactory(c -> shannon(FinancesDay::paidShannon));
        feesColumn.setCellFactory(c -> wei(FinancesDay::feesWei));
        for (TableColumn<FinancesRow, FinancesRow> col : java.util.List.of(dayColumn, blocksColumn, rewardColumn,
                creditedColumn, keptColumn, paymentsColumn, paidColumn, feesColumn)) {
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setSortable(false);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FinancesRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("total"), !empty && item != null && item.total());
            }
        });
        table.setItems(model.rows());
        subtitle.textProperty().bind(model.subtitleProperty());
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        problems.textProperty().bind(model.problemsProperty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        exportButton.disableProperty().bind(model.reportProperty().isNull());

        service.setOnRunning(e -> model.statusProperty().set("Reading the ledger…"));
        service.setOnSucceeded(e -> {
            FinancesReport r = service.getValue();
            model.show(r);
            showFinances(r);
            chart.setDays(r.days());
            model.statusProperty().set("");
        });
        service.setOnFailed(e -> model.statusProperty().set("Could not read the finances: "
                + (service.getException() == null ? "unknown error" : service.getException().getMessage())));
    }

    private void onRange(Toggle was, Toggle now) {
        if (now == null) { // a segmented range is never empty: clicking the selected one keeps it
            range.getToggleGroup().selectToggle(was);
            return;
        }
        model.setDays((Integer) now.getUserData());
        refresh();
    }

    private void showFinances(FinancesReport r) {
        Finances f = r.finances();
        shannon(balance, BigInteger.valueOf(f.balance()));
        shannon(immature, BigInteger.valueOf(f.immature()));
        shannon(pending, BigInteger.valueOf(f.pending()));
        shannon(paid, BigInteger.valueOf(f.paid()));
        shannon(totalMined, BigInteger.valueOf(f.totalMined()));
        if (f.txCharges() >= 0) {
            wei(txCharges, BigInteger.valueOf(f.txCharges()));
        } else {
            txCharges.setText("—");
            txCharges.setTooltip(new Tooltip("no finances.txcharges (written only by the open-etc-pool-friends fork)"));
        }
        if (r.walletWei().isPresent()) {
            wei(wallet, r.walletWei().get());
        } else {
            wallet.setText("unknown");
            wallet.setTooltip(new Tooltip(r.walletProblem()));
        }
        coverage.setText(r.coverageText());
        coverage.setTooltip(new Tooltip("wallet / owed (finances balance + pending = "
                + String.format(Locale.ROOT, "%,d Shannon", r.owedShannon()) + "), rounded down to 0.01 %"));
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export finances to CSV");
        chooser.setInitialFileName("finances-" + model.getDays() + "-days.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(table.getScene().getWindow());
        if (f != null) exportTo(f.toPath());
    }

    /** Writes the shown report as CSV (a few hundred lines at most: on the JavaFX thread). */
    public void exportTo(Path file) {
        FinancesReport r = model.getReport();
        if (r == null) return;
        try {
            FinancesCsv.write(r, file);
            model.statusProperty().set("Exported " + r.days().size() + " days to " + file.getFileName() + ".");
        } catch (IOException e) {
            model.statusProperty().set("Could not write " + file + ": " + e.getMessage());
        }
    }

    private static void shannon(Label label, BigInteger shannon) {
        wei(label, shannon.multiply(Shannon.WEI_PER_SHANNON));
        label.setTooltip(new Tooltip(String.format(Locale.ROOT, "%,d Shannon", shannon)));
    }

    private static void wei(Label label, BigInteger wei) {
        label.setText(Shannon.formatWeiAsEthFixed(wei) + " ETH");
        label.setTooltip(new Tooltip(String.format(Locale.ROOT, "%,d wei", wei)));
    }

    private static TableCell<FinancesRow, FinancesRow> text(Function<FinancesRow, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(FinancesRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private static TableCell<FinancesRow, FinancesRow> wei(Function<FinancesDay, BigInteger> wei) {
        return amount(d -> wei.apply(d), false);
    }

    private static TableCell<FinancesRow, FinancesRow> shannon(Function<FinancesDay, BigInteger> shannon) {
        return amount(shannon, true);
    }

    /** ETH with 9 decimals; the exact stored integer (Shannon or wei) on hover. */
    private static TableCell<FinancesRow, FinancesRow> amount(Function<FinancesDay, BigInteger> value, boolean shannon) {
        TableCell<FinancesRow, FinancesRow> cell = new TableCell<>() {
            /** One per cell, its text replaced: a new Tooltip per update cost the JavaFX thread ~1 ms each. */
            private Tooltip tip;

            @Override
            protected void updateItem(FinancesRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                BigInteger v = value.apply(item.figures());
                BigInteger wei = shannon ? v.multiply(Shannon.WEI_PER_SHANNON) : v;
                setText(Shannon.formatWeiAsEthFixed(wei));
                if (tip == null) tip = new Tooltip();
                tip.setText(String.format(Locale.ROOT, shannon ? "%,d Shannon" : "%,d wei", v));
                if (getTooltip() != tip) setTooltip(tip);
            }
        };
        cell.getStyleClass().add("amount");
        return cell;
    }
}
