package org.payoutdesk.app.review;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.payoutdesk.app.Views;
import org.payoutdesk.payout.BatchResult;
import org.payoutdesk.payout.PaymentDesk;

/**
 * The review in its own large window-modal dialog: while the operator reviews and sends, nothing
 * else in this window can change the ledger under the plan, and the ellipsis of "Review payout…"
 * promises exactly that. Cancel / Close or Esc close it while nothing is being sent; it cannot be
 * closed while a batch runs (use "Stop after this payment").
 */
public final class ReviewDialog {
    private final ReviewView view;
    private Stage stage;

    /** The review as the window's {@link Views} load it. */
    public ReviewDialog(Views views, Consumer<BatchResult> afterBatch) {
        this.view = new ReviewView(views, afterBatch, this::close);
    }

    /** @param afterBatch told on the JavaFX thread when a batch ended (null when it failed outright) */
    public ReviewDialog(PaymentDesk desk, boolean readOnly, Consumer<BatchResult> afterBatch) {
        this.view = new ReviewView(desk, readOnly, afterBatch, this::close);
    }

    /** Opens the dialog over {@code owner} (or brings it to front) with a fresh plan. */
    public void open(Window owner, List<String> stylesheets) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
                stage.initModality(Modality.WINDOW_MODAL);
            }
            stage.setTitle("Review payout");
            Scene scene = new Scene(view, 1180, 780);
            scene.getStylesheets().setAll(stylesheets);
            // Esc closes the review while nothing is being sent (a tiling or bare X server may have no frame).
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !view.sending()) {
                    e.consume();
                    close();
                }
            });
            stage.setScene(scene);
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            stage.setOnCloseRequest(e -> {
                if (view.sending()) e.consume();
            });
        }
        if (!stage.isShowing()) {
            view.reset();
            stage.show();
        }
        stage.toFront();
    }

    public void close() {
        if (stage != null && !view.sending()) stage.hide();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The dialog's own window; null until it was first opened. */
    public Stage stage() {
        return stage;
    }

    public ReviewView view() {
        return view;
    }
}
