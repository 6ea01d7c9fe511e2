package org.payoutdesk.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.overview.OverviewController;
import org.payoutdesk.app.payees.PayeesController;
import org.payoutdesk.app.payments.PaymentsController;
import org.payoutdesk.app.finances.FinancesController;
import org.payoutdesk.app.pending.PendingView;
import org.payoutdesk.app.stuck.StuckController;
import org.payoutdesk.app.review.HaltBanner;
import org.payoutdesk.app.review.ReviewDialog;
import org.payoutdesk.app.shared.ExplorerLink;
import org.payoutdesk.app.shared.PayeeTableService;
import org.payoutdesk.app.status.StatusBarController;
import org.payoutdesk.app.unlock.UnlockDialog;
import org.payoutdesk.ledger.PoolLedger;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;

/**
 * The desk (main.fxml): toolbar on top, navigation on the left, one screen in the middle, status bar below.
 * The only class that knows every screen: it loads each through {@link Views}, switches between them
 * (Ctrl+1..5), and reloads them all after anything that changed the ledger. Every screen reads the ledger
 * in the background; nothing here touches Redis on the JavaFX thread.
 */
public final class MainController {
    public static final String ID_REFRESH = "toolbar-refresh";
    public static final String ID_REVIEW = "toolbar-review";
    public static final String ID_THEME = "toolbar-theme";
    /** Opens the review from anywhere in the window. */
    public static final KeyCombination REVIEW_KEY = KeyCombination.keyCombination("Shortcut+R");
    static final KeyCombination THEME_KEY = KeyCombination.keyCombination("Shortcut+Shift+D");
    /** The Finances screen, merged from its own branch; its navigation entry shows only when it is there. */
    static final String FINANCES_FXML = "finances/finances.fxml";

    /** The screens, in navigation order (Ctrl+1 is the first). */
    public enum Section { OVERVIEW, PAYEES, PENDING, PAYMENTS, FINANCES, STUCK }

    private final Views views;
    private final ViewContext context;
    private final ThemePreference themePreference;
    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> nav = new EnumMap<>(Section.class);
    private OverviewController overview;
    private PayeesController payees;
    private PendingView pending;
    private PaymentsController payments;
    private HaltBanner haltBanner;
    private FinancesController finances;
    private StuckController stuck;
    private ReviewDialog reviewDialog;
    /** Whether {@link #start} ran: a screen built later loads as it is built. */
    private boolean started;
    private boolean disposed;
    /** Between two screens built in the background after start. */
    private static final javafx.util.Duration PREBUILD_PAUSE = javafx.util.Duration.millis(400);

    @FXML private BorderPane root;
    @FXML private VBox top;
    @FXML private Label title;
    @FXML private Label readOnlyBadge;
    @FXML private Label reviewHolder;
    @FXML private Button review;
    @FXML private ToggleButton theme;
    @FXML private FontIcon themeIcon;
    @FXML private ToggleGroup navGroup;
    @FXML private ToggleButton navOverview;
    @FXML private ToggleButton navPayees;
    @FXML private ToggleButton navPending;
    @FXML private ToggleButton navPayments;
    @FXML private ToggleButton navFinances;
    @FXML private ToggleButton navStuck;
    @FXML private StackPane content;
    @FXML private StatusBarController statusController;

    public MainController(Views views, ThemePreference theme) {
        this.views = views;
        this.context = views.context();
        this.themePreference = theme;
    }

    /**
     * The window over {@code ledger} (and the payout engine {@code desk}, or null for one that only reads):
     * its context, the factory every screen is loaded through, and main.fxml.
     */
    public static MainController load(AppContext app, PoolLedger ledger, PaymentDesk desk, ThemePreference theme,
                                      Consumer<String> openUrl) {
        MainController[] main = new MainController[1];
        ViewContext context = new ViewContext(app, ledger, desk, app.readOnly(desk), new ExplorerLink(app.explorerTxUrl()),
                openUrl, () -> main[0].refresh(), new PayeeTableService(ledger, app.globalThreshold()));
        main[0] = new Views(context, theme).<MainController>load("main.fxml").controller();
        return main[0];
    }

    /** The controller of a scene DeskApp built ({@link DeskApp#scene}). */
    public static MainController of(Scene scene) {
        return (MainController) Objects.requireNonNull(scene.getProperties().get(MainController.class),
                "not a Payout Desk window");
    }

    @FXML
    private void initialize() {
        PaymentDesk desk = context.desk();
        PoolLedger ledger = context.ledger();
        title.setText(context.app().title());
        readOnlyBadge.setVisible(context.readOnly());
        readOnlyBadge.setManaged(context.readOnly());
        // Review payout: a dialog over this window; disabled without a payout engine (a ledger-only window).
        review.setDisable(desk == null);
        reviewHolder.setTooltip(new Tooltip(desk == null ? "needs the payout engine: start with the pool's config"
                : "Review the batch the engine would send now (Ctrl+R)"));
        theme.setSelected(themePreference.dark());
        themeIcon.setIconLiteral(themePreference.dark() ? "fth-sun" : "fth-moon");

        // Only the Overview is built now; every other screen (and the review) on first use, so the
        // first frame does not wait for FXML, CSS and controls nobody is looking at yet.
        haltBanner = new HaltBanner(ledger, () -> show(Section.PENDING));
        top.getChildren().add(haltBanner);
        overview();

        nav.put(Section.OVERVIEW, navOverview);
        nav.put(Section.PAYEES, navPayees);
        nav.put(Section.PENDING, navPending);
        nav.put(Section.PAYMENTS, navPayments);
        nav.put(Section.FINANCES, navFinances);
        nav.put(Section.STUCK, navStuck);
        nav.forEach((s, b) -> b.setUserData(s));
        // Never leave the navigation with nothing selected.
        navGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) a.setSelected(true);
        });
        statusController.setOnUnlock(after -> {
            if (context.keystoreUnlock() == null) return;
            new UnlockDialog(context.keystoreUnlock(), root.getScene() == null ? null : root.getScene().getWindow())
                    .showAndUnlock(after);
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        show(Section.OVERVIEW);
    }

    private <C> C screen(Section s, String fxml) {
        Views.View<C> view = views.load(fxml);
        screens.put(s, view.root());
        return view.controller();
    }

    /**
     * Builds the screen of {@code s} unless it is built; a screen built after start loads at once.
     * Always on the JavaFX thread: an accessor called from another thread waits for it there.
     */
    private void ensure(Section s) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            onFxThread(() -> {
                ensure(s);
                return null;
            });
            return;
        }
        if (screens.containsKey(s)) return;
        switch (s) {
            case OVERVIEW -> overview = screen(s, "overview/overview.fxml");
            case PAYEES -> payees = screen(s, "payees/payees.fxml");
            case PENDING -> {
                pending = new PendingView(views);
                screens.put(s, pending);
            }
            case PAYMENTS -> payments = screen(s, "payments/payments.fxml");
            case FINANCES -> finances = screen(s, FINANCES_FXML);
            case STUCK -> stuck = screen(s, "stuck/stuck.fxml");
        }
        if (started) refresh(s);
    }

    /** Reads the ledger again for one built screen (the payee table is the window's, shared). */
    private void refresh(Section s) {
        switch (s) {
            case OVERVIEW -> overview.refresh();
            case PAYEES -> { } // shows the shared payee table, which the window reloads
            case PENDING -> pending.refresh();
            case PAYMENTS -> payments.refresh();
            case FINANCES -> finances.refresh();
            case STUCK -> stuck.refresh();
        }
    }

    /** F5 refreshes, Ctrl+R reviews, Ctrl+1..5 switch screens, Ctrl+Shift+D switches the theme. */
    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            e.consume();
            refresh();
        } else if (REVIEW_KEY.match(e)) {
            e.consume();
            if (!review.isDisabled()) openReview();
        } else if (THEME_KEY.match(e)) {
            e.consume();
            theme.fire();
        } else if (e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (n >= 0 && n < Section.values().length) {
                e.consume();
                show(Section.values()[n]);
            }
        }
    }

    @FXML
    private void onNav(javafx.event.ActionEvent e) {
        show((Section) ((ToggleButton) e.getSource()).getUserData());
    }

    @FXML
    private void onRefresh() {
        refresh();
    }

    @FXML
    private void onReview() {
        openReview();
    }

    @FXML
    private void onTheme() {
        themePreference.setDark(theme.isSelected());
        themeIcon.setIconLiteral(theme.isSelected() ? "fth-sun" : "fth-moon");
    }

    public void show(Section s) {
        ensure(s);
        Node screen = screens.get(s);
        nav.get(s).setSelected(true);
        content.getChildren().setAll(screen);
    }

    /** Starts the status polling and the first load of every screen. */
    public void start() {
        started = true;
        statusController.start();
        refresh();
        prebuildNext();
    }

    /**
     * After the first frame, the screens not built yet are built one at a time, a pause apart, so that
     * the first visit of each (and the review) does not hold the JavaFX thread for their FXML and CSS.
     */
    private void prebuildNext() {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(PREBUILD_PAUSE);
        pause.setOnFinished(e -> {
            if (disposed) return;
            for (Section s : Section.values()) {
                if (!screens.containsKey(s)) {
                    ensure(s);
                    prebuildNext();
                    return;
                }
            }
            reviewDialog();
        });
        pause.play();
    }

    /** Reloads every screen built so far; a load still running is cancelled and replaced. */
    public void refresh() {
        context.payeeTable().restart();
        for (Section s : screens.keySet()) refresh(s);
        haltBanner.refresh();
    }

    private void openReview() {
        if (reviewDialog() == null || root.getScene() == null) return;
        reviewDialog.open(root.getScene().getWindow(), root.getScene().getStylesheets());
    }

    /** After any batch: a halt shows the banner; every screen reads the ledger again. */
    private void afterBatch(BatchResult result) {
        if (result != null && result.halted()) haltBanner.show(result.lastFail());
        refresh();
    }

    public void dispose() {
        disposed = true;
        statusController.stop();
        if (overview != null) overview.dispose();
        if (finances != null) finances.dispose();
        context.payeeTable().cancel();
    }

    /** The window's root node (main.fxml's BorderPane). */
    public BorderPane root() { return root; }

    /** The factory this window loads its screens through (a test loads a second screen with it). */
    public Views views() { return views; }

    public OverviewController overview() {
        ensure(Section.OVERVIEW);
        return overview;
    }

    /** The Payees screen, built now if it was not yet (as are the others). */
    public PayeesController payees() {
        ensure(Section.PAYEES);
        return payees;
    }

    public PendingView pending() {
        ensure(Section.PENDING);
        return pending;
    }

    public PaymentsController payments() {
        ensure(Section.PAYMENTS);
        return payments;
    }

    public FinancesController finances() { return finances; }

    public StatusBarController status() { return statusController; }

    public Button reviewButton() { return review; }

    public HaltBanner haltBanner() { return haltBanner; }

    /** The review dialog, built on first use; null without a payout engine. */
    public ReviewDialog reviewDialog() {
        if (context.desk() == null) return null;
        if (reviewDialog == null) {
            if (javafx.application.Platform.isFxApplicationThread()) reviewDialog = new ReviewDialog(views, this::afterBatch);
            else return onFxThread(this::reviewDialog);
        }
        return reviewDialog;
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> c) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        javafx.application.Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The navigation button of a screen (hidden for Finances until that screen is there). */
    public ToggleButton navButton(Section s) { return nav.get(s); }
}
