package org.payoutdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.payoutdesk.app.review.BatchProgress;
import org.payoutdesk.app.review.ReviewDialog;
import org.payoutdesk.app.review.RunningBatch;

/**
 * Closing the main window (its X, Alt+F4, the window manager) while a payout batch is being sent asks
 * first. "Keep sending" (the default; Enter and Esc pick it) changes nothing. "Stop after this payment
 * and close" sets the batch's stop flag, keeps the window up saying so, waits off the JavaFX thread for
 * the batch thread to return, and only then hides the window, so the views are disposed and the
 * ledger closed (DeskApp.stop) after the last payment was recorded, never under it. The question's layout
 * is {@code close-during-batch.fxml}.
 */
public final class BatchCloseGuard {
    public static final String ID_TEXT = "close-batch-text";
    public static final String ID_KEEP_SENDING = "close-keep-sending";
    public static final String ID_STOP_AND_CLOSE = "close-stop-and-close";
    static final String STOPPING = "Stopping after this payment…";

    private final Stage stage;
    private final ReviewDialog review;
    static final String FXML = "close-during-batch.fxml";
    @FXML private Label text;
    @FXML private ButtonType stopAndCloseType;
    @FXML private ButtonType keepSendingType;
    private Dialog<ButtonType> asking;
    private boolean closing;

    private BatchCloseGuard(Stage stage, ReviewDialog review) {
        this.stage = stage;
        this.review = review;
    }

    /** Guards {@code stage}, which shows {@code window}; nothing to guard without a payout engine. */
    public static BatchCloseGuard install(Stage stage, MainController window) {
        return install(stage, window.reviewDialog());
    }

    /** Guards {@code stage} against closing under a batch of {@code review}; null (no payout engine) guards nothing. */
    public static BatchCloseGuard install(Stage stage, ReviewDialog review) {
        BatchCloseGuard guard = new BatchCloseGuard(Objects.requireNonNull(stage, "stage"), review);
        if (guard.review != null) stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard::closeRequested);
        return guard;
    }

    /** True once the operator chose to stop and close: the window closes when the batch returned. */
    public boolean closing() {
        return closing;
    }

    private void closeRequested(WindowEvent e) {
        if (closing) {
            e.consume(); // already stopping: the window closes by itself when the batch returned
            return;
        }
        RunningBatch batch = review.view().runningBatch();
        if (batch == null || batch.finished()) return; // nothing in flight: close as usual
        e.consume();
        if (asking == null) ask(batch);
    }

    private void ask(RunningBatch batch) {
        Dialog<ButtonType> alert = new Dialog<>();
        alert.setTitle("Payout in progress");
        alert.setDialogPane(question());
        // Live: the count goes on while the operator reads.
        text.textProperty().bind(Bindings.createStringBinding(() -> message(review.view().progressShown().getValue(),
                batch.total()), review.view().progressShown()));
        Window owner = review.isShowing() ? review.stage() : stage;
        alert.initOwner(owner);
        if (stage.getScene() != null) alert.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
        Button stopButton = (Button) alert.getDialogPane().lookupButton(stopAndCloseType);
        stopButton.setId(ID_STOP_AND_CLOSE);
        stopButton.getStyleClass().add("danger");
        stopButton.setDefaultButton(false); // Enter must not close
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keepSendingType);
        keepButton.setId(ID_KEEP_SENDING);
        keepButton.setDefaultButton(true);
        ButtonType stopAndClose = stopAndCloseType;
        Label shown = text;
        alert.setOnShown(e -> keepButton.requestFocus());
        alert.setOnHidden(e -> {
            asking = null;
            shown.textProperty().unbind();
            if (alert.getResult() == stopAndClose) stopAndClose(batch);
        });
        asking = alert;
        alert.show();
    }

    /** {@code close-during-batch.fxml}, its controls injected into this guard. */
    private DialogPane question() {
        FXMLLoader loader = new FXMLLoader(Views.resource(FXML));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + FXML + ": " + e.getMessage(), e);
        }
    }

    static String message(BatchProgress p, int total) {
        int paid = p == null ? 0 : p.paid();
        return "A payout batch is being sent: " + paid + " of " + total + " paid. Closing now stops it after the"
                + " payment in flight; nothing already debited is lost.";
    }

    private void stopAndClose(RunningBatch batch) {
        closing = true;
        review.view().stopAndClose();
        String title = stage.getTitle();
        stage.setTitle((title == null || title.isBlank() ? "" : title + " — ") + STOPPING + " then closing");
        if (review.isShowing()) review.stage().toFront();
        Task<Void> wait = new Task<>() {
            @Override
            protected Void call() throws InterruptedException {
                batch.awaitFinished();
                return null;
            }
        };
        // Runs after the batch's own end on the JavaFX thread (queued before the thread returned).
        wait.setOnSucceeded(e -> closeNow());
        wait.setOnFailed(e -> { // never close under a batch that may still run
            closing = false;
            stage.setTitle(title);
        });
        Thread t = new Thread(wait, "payout-close-wait");
        t.setDaemon(true);
        t.start();
    }

    private void closeNow() {
        review.close();
        stage.hide();
    }
}
