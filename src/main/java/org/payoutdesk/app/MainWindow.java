package org.payoutdesk.app;

import org.payoutdesk.payout.PaymentDesk;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.overview.OverviewView;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.app.payees.PayeesView;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.payments.PaymentsView;
import org.payoutdesk.app.pending.PendingView;
import org.payoutdesk.app.review.HaltBanner;
import org.payoutdesk.app.review.ReviewDialog;
import org.payoutdesk.app.status.StatusBarView;
import org.payoutdesk.ledger.PoolLedger;

/**
 * The desk: toolbar on top, navigation on the left, one view in the middle, status bar below.
 * Every view reads the ledger in the background; nothing here touches Redis on the JavaFX thread.
 */
public final class MainWindow extends BorderPane {
    public static final String ID_REFRESH = "toolbar-refresh";
    public static final String ID_REVIEW = "toolbar-review";
    public static final String ID_THEME = "toolbar-theme";

    /** The views, in navigation order. */
    public enum Section { OVERVIEW, PAYEES, PENDING, PAYMENTS }

    private final PayeeTableService payeeTable;
    private final OverviewView overview;
    private final PayeesView payees;
    private final PendingView pending;
    private final PaymentsView payments;
    private final StatusBarView status;
    private final StackPane content = new StackPane();
    private final Map<Section, ToggleButton> nav = new LinkedHashMap<>();
    private final Button review;
    private final HaltBanner haltBanner;
    private final ReviewDialog reviewDialog;
    /** Opens the review from anywhere in the window. */
    public static final javafx.scene.input.KeyCombination REVIEW_KEY = javafx.scene.input.KeyCombination.keyCombination("Shortcut+R");

    public MainWindow(AppContext ctx, PoolLedger ledger, ThemePreference theme, Consumer<String> openUrl) {
        this(ctx, ledger, null, theme, openUrl);
    }

    /** @param desk the payout engine; null for a window that only reads the ledger */
    public MainWindow(AppContext ctx, PoolLedger ledger, PaymentDesk desk, ThemePreference theme, Consumer<String> openUrl) {
        getStyleClass().add("desk");
        payeeTable = new PayeeTableService(ledger, ctx.globalThreshold());
        overview = new OverviewView(ledger, payeeTable, desk, null);
        payees = new PayeesView(ledger, payeeTable);
        boolean readOnly = ctx.readOnly(desk);
        pending = new PendingView(ledger, desk, readOnly, new ExplorerLink(ctx.explorerTxUrl()), openUrl, this::refresh);
        payments = new PaymentsView(ledger, desk, readOnly, new ExplorerLink(ctx.explorerTxUrl()), openUrl, this::refresh);
        status = new StatusBarView(ledger, desk, ctx.keystoreUnlock(),
                javafx.util.Duration.millis(ctx.healthPeriod().toMillis()), readOnly);

        Button refresh = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refresh.setId(ID_REFRESH);
        refresh.setTooltip(new Tooltip("Read the ledger again (F5)"));
        refresh.setOnAction(e -> refresh());
        // Review payout: a dialog over this window; disabled without a payout engine (a ledger-only window).
        review = new Button("Review payout…", new FontIcon(Feather.SEND));
        review.setId(ID_REVIEW);
        review.setDisable(desk == null);
        Label reviewHolder = new Label(null, review);
        Tooltip.install(reviewHolder, new Tooltip(desk == null ? "needs the payout engine: start with the pool's config"
                : "Review the batch the engine would send now (Ctrl+R)"));
        haltBanner = new HaltBanner(ledger, () -> show(Section.PENDING));
        reviewDialog = desk == null ? null : new ReviewDialog(desk, readOnly, this::afterBatch);
        review.setOnAction(e -> openReview());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (REVIEW_KEY.match(e) && !review.isDisabled()) {
                e.consume();
                openReview();
            }
        });
        ToggleButton dark = new ToggleButton(null, new FontIcon(theme.dark() ? Feather.SUN : Feather.MOON));
        dark.setId(ID_THEME);
        dark.setSelected(theme.dark());
        dark.setTooltip(new Tooltip("Light / dark theme"));
        dark.selectedProperty().addListener((o, a, b) -> {
            theme.setDark(b);
            dark.setGraphic(new FontIcon(b ? Feather.SUN : Feather.MOON));
        });
        Label title = new Label(ctx.title());
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolbar = new ToolBar(title, spacer, refresh, reviewHolder, dark);
        if (ctx.readOnly(desk)) toolbar.getItems().add(1, readOnlyBadge());
        toolbar.getStyleClass().add("desk-toolbar");

        setTop(new VBox(toolbar, haltBanner));
        setLeft(navigation());
        setCenter(content);
        setBottom(status);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) refresh();
        });
        show(Section.OVERVIEW);
    }

    private static Label readOnlyBadge() {
        Label badge = new Label("READ-ONLY", new FontIcon(Feather.EYE));
        badge.setId("toolbar-read-only");
        badge.getStyleClass().add("read-only-badge");
        badge.setTooltip(new Tooltip("Payout Desk will not write to the ledger or send anything"));
        return badge;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("nav");
        box.setPadding(new Insets(12, 8, 12, 8));
        box.setPrefWidth(170);
        add(box, group, Section.OVERVIEW, "Overview", Feather.PIE_CHART);
        add(box, group, Section.PAYEES, "Payees", Feather.USERS);
        add(box, group, Section.PENDING, "Pending", Feather.CLOCK);
        add(box, group, Section.PAYMENTS, "Payments", Feather.LIST);
        // Never leave the navigation with nothing selected.
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) a.setSelected(true);
        });
        return box;
    }

    private void add(VBox box, ToggleGroup group, Section s, String text, Ikon icon) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
        b.getStyleClass().add("nav-button");
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> show(s));
        nav.put(s, b);
        box.getChildren().add(b);
    }

    public void show(Section s) {
        nav.get(s).setSelected(true);
        Node view = switch (s) {
            case OVERVIEW -> overview;
            case PAYEES -> payees;
            case PENDING -> pending;
            case PAYMENTS -> payments;
        };
        content.getChildren().setAll(view);
    }

    /** Starts the status polling and the first load of every view. */
    public void start() {
        status.start();
        refresh();
    }

    /** Reloads every view; a load still running is cancelled and replaced. */
    public void refresh() {
        payeeTable.restart();
        overview.refresh();
        pending.refresh();
        payments.refresh();
        haltBanner.refresh();
    }

    private void openReview() {
        if (reviewDialog == null || getScene() == null) return;
        reviewDialog.open(getScene().getWindow(), getScene().getStylesheets());
    }

    /** After any batch: a halt shows the banner; every view reads the ledger again. */
    private void afterBatch(org.payoutdesk.payout.BatchResult result) {
        if (result != null && result.halted()) haltBanner.show(result.lastFail());
        refresh();
    }

    public void dispose() {
        status.stop();
        overview.dispose();
        payeeTable.cancel();
    }

    public OverviewView overview() { return overview; }

    public PayeesView payees() { return payees; }

    public PendingView pending() { return pending; }

    public PaymentsView payments() { return payments; }

    public StatusBarView status() { return status; }

    public Button reviewButton() { return review; }

    public HaltBanner haltBanner() { return haltBanner; }

    /** The review dialog; null without a payout engine. */
    public ReviewDialog reviewDialog() { return reviewDialog; }
}
