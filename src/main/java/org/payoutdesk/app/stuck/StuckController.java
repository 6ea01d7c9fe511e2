package org.payoutdesk.app.stuck;

import java.util.Comparator;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.payoutdesk.app.ViewContext;
import org.payoutdesk.app.shared.Columns;
import org.payoutdesk.app.shared.ConfirmSheet;
import org.payoutdesk.app.shared.DeskCall;
import org.payoutdesk.payout.PaymentDesk;
import org.payoutdesk.payout.Replacement;
import org.payoutdesk.payout.StuckPayment;

/**
 * The Stuck screen (stuck/stuck.fxml): payments whose transaction is not mined, and Speed up / Cancel,
 * each previewed on a {@link ConfirmSheet} (new fees, the most it can cost) and sent only when confirmed.
 * Every engine call runs off the JavaFX thread.
 */
public final class StuckController {
    public static final String ID_TABLE = "stuck-table";
    public static final String ID_SPEEDUP = "stuck-speedup";
    public static final String ID_CANCEL = "stuck-cancel";
    public static final String ID_REFRESH = "stuck-refresh";
    public static final String ID_STATUS = "stuck-status";

    private final ViewContext context;
    private final StuckModel model;
    private final DeskCall<List<StuckPayment>> load = new DeskCall<>();
    private final DeskCall<Replacement> preview = new DeskCall<>();
    private final DeskCall<String> send = new DeskCall<>();
    /** The last replacement sent, kept in the status line across the refresh that follows it. */
    private String sentNotice;
    private final ConfirmSheet sheet = new ConfirmSheet();

    @FXML private StackPane root;
    @FXML private TableView<StuckPayment> table;
    @FXML private Button speedUp;
    @FXML private Button cancel;
    @FXML private Button refresh;
    @FXML private Label status;
    /** What the empty table says: asking, nothing stuck, or that the list could not be read. */
    @FXML private Label placeholder;

    public StuckController(ViewContext context) {
        this.context = context;
        this.model = new StuckModel(context.desk() != null && !context.readOnly());
    }

    public StuckModel model() { return model; }

    @FXML
    private void initialize() {
        table.setId(ID_TABLE);
        speedUp.setId(ID_SPEEDUP);
        cancel.setId(ID_CANCEL);
        refresh.setId(ID_REFRESH);
        status.setId(ID_STATUS);
        root.getChildren().add(sheet);
        table.setItems(model.rows());
        List<TableColumn<StuckPayment, StuckPayment>> columns = List.of(
                Columns.<StuckPayment>text("Login", 330, StuckPayment::login, Comparator.comparing(StuckPayment::login)),
                Columns.<StuckPayment>amount("ETH", 120, StuckModel::amount, StuckPayment::amount),
                Columns.<StuckPayment>text("Nonce", 70, s -> Long.toString(s.nonce()), Comparator.comparingLong(StuckPayment::nonce)),
                Columns.<StuckPayment>text("Fees", 210, s -> StuckModel.fees(s.fees()), null),
                Columns.<StuckPayment>text("Age", 140, StuckModel::age, Comparator.comparingLong(StuckPayment::ageSeconds)),
                Columns.<StuckPayment>text("State", 320, StuckModel::state, Comparator.comparing(StuckModel::state)),
                Columns.<StuckPayment>text("Transaction", 200, StuckPayment::txHash, null));
        table.getColumns().setAll(columns);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selected().set(b));
        status.textProperty().bind(model.status());
        model.busy().bind(load.runningProperty().or(preview.runningProperty()).or(send.runningProperty()));
        var noAction = model.canAct().not().or(model.selected().isNull()).or(model.busy());
        speedUp.disableProperty().bind(noAction);
        cancel.disableProperty().bind(noAction);
        refresh.disableProperty().bind(model.busy());
        speedUp.setOnAction(e -> ask(Replacement.Kind.SPEEDUP));
        cancel.setOnAction(e -> ask(Replacement.Kind.CANCEL));
        refresh.setOnAction(e -> refresh());
        load.setOnRunning(e -> placeholder.setText("Asking the node…"));
        load.setOnSucceeded(e -> {
            placeholder.setText("Nothing is stuck: every recorded payment's transaction is mined.");
            model.show(load.getValue());
            // What was just sent stays in view: the list read after it must not wipe the operator's receipt.
            if (sentNotice != null) model.status().set(sentNotice + " " + model.status().get());
        });
        load.setOnFailed(e -> {
            placeholder.setText("Could not list stuck payments (see the line above).");
            model.status().set("Could not list stuck payments: " + message(load.getException()));
        });
        preview.setOnSucceeded(e -> confirm(preview.getValue()));
        preview.setOnFailed(e -> model.status().set(message(preview.getException())));
        send.setOnSucceeded(e -> {
            sheet.close();
            sentNotice = "Sent " + send.getValue() + ". Once it is mined, resolve settles the payment.";
            model.status().set(sentNotice);
            context.refreshAll().run();
            refresh();
        });
        send.setOnFailed(e -> sheet.showError(message(send.getException())));
        if (context.desk() == null) {
            model.status().set("No payout engine: start Payout Desk with the pool's config to see stuck payments.");
        } else {
            refresh();
        }
    }

    /** Reads the stuck payments again (off the JavaFX thread). */
    public void refresh() {
        PaymentDesk desk = context.desk();
        if (desk == null) return;
        load.run(() -> desk.replacements().find());
    }

    private void ask(Replacement.Kind kind) {
        StuckPayment s = model.selected().get();
        PaymentDesk desk = context.desk();
        if (s == null || desk == null) return;
        preview.run(() -> desk.replacements().preview(s.txHash(), kind, null));
    }

    private void confirm(Replacement r) {
        PaymentDesk desk = context.desk();
        boolean speed = r.kind() == Replacement.Kind.SPEEDUP;
        sheet.open(speed ? "Speed up this payment?" : "Cancel this payment?", StuckModel.preview(r),
                speed ? "Speed up" : "Send the cancel", !speed, null, () -> {
                    sheet.working().set(true);
                    send.run(() -> desk.replacements().send(r));
                });
    }

    private static String message(Throwable t) {
        return t == null ? "unknown error" : t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
