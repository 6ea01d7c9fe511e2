package org.payoutdesk.app.payments;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.BusyIndicator;
import org.payoutdesk.app.Columns;
import org.payoutdesk.app.LoadError;
import org.payoutdesk.app.ViewHeader;
import org.payoutdesk.ledger.PoolLedger;

/** The payment history, newest first, 100 per page, filterable by login, with explorer links and CSV export. */
public final class PaymentsView extends VBox {
    public static final String ID_TABLE = "payments-table";
    public static final String ID_LOGIN = "payments-login";

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
    private final LoadError error = new LoadError();
    private long offset;
    private long total;

    public PaymentsView(PoolLedger ledger, ExplorerLink explorer, Consumer<String> openUrl) {
        super(10);
        getStyleClass().add("view");
        setPadding(new Insets(16));
        this.explorer = explorer;
        this.openUrl = openUrl;
        pages = new PaymentsPageService(ledger);
        export = new PaymentsExportService(ledger);
        BusyIndicator busy = new BusyIndicator();
        busy.track(pages);
        busy.track(export);

        login.setId(ID_LOGIN);
        login.setPromptText("Filter by login (0x…), Enter");
        login.setPrefColumnCount(26);
        login.setOnAction(e -> load(0));
        Button clear = new Button("All payees");
        clear.setOnAction(e -> { login.clear(); load(0); });
        Button csv = new Button("Export CSV…", new FontIcon(Feather.DOWNLOAD));
        csv.setOnAction(e -> chooseExport());
        csv.disableProperty().bind(export.runningProperty());
        prev.setTooltip(new Tooltip("Newer payments"));
        next.setTooltip(new Tooltip("Older payments"));
        prev.setOnAction(e -> load(offset - PaymentsPageService.PAGE_SIZE));
        next.setOnAction(e -> load(offset + PaymentsPageService.PAGE_SIZE));
        position.getStyleClass().add("muted");
        exportState.getStyleClass().add("muted");
        ViewHeader header = new ViewHeader("Payments", busy, login, clear, csv);
        Label unit = new Label("amounts in ETH");
        unit.getStyleClass().add("muted");
        header.getChildren().add(3, unit);

        buildTable();
        HBox pager = new HBox(8, prev, position, next, exportState);
        pager.setAlignment(Pos.CENTER_LEFT);

        pages.setOnSucceeded(e -> show(pages.getValue()));
        pages.setOnFailed(e -> error.show("the payments", pages.getException()));
        export.setOnSucceeded(e -> exportState.setText("Exported " + export.getValue() + " payments."));
        export.setOnFailed(e -> error.show("the payments for export", export.getException()));
        updatePager();
        getChildren().addAll(header, error, table, pager);
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
        pages.load(login.getText(), Math.max(0, from));
    }

    private void show(PaymentsPageService.Result r) {
        error.clear();
        offset = r.offset();
        total = r.total();
        table.getItems().setAll(r.rows());
        table.scrollTo(0);
        updatePager();
    }

    private void updatePager() {
        long shown = table.getItems().size();
        position.setText(total == 0 ? "no payments"
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
        export.export(login.getText(), file);
    }

    public TableView<PaymentRowModel> table() {
        return table;
    }
}
