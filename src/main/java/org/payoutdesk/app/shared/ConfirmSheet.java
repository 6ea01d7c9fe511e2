package org.payoutdesk.app.shared;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A confirmation laid over its view (not a separate window): title, the text to confirm, optional
 * extra controls, an error line that shows the engine's refusal verbatim, Cancel and the action.
 * The action runs in the background; the sheet stays open until it succeeded. Its layout is
 * {@code shared/confirm-sheet.fxml}; a view puts it in its own FXML as {@code <ConfirmSheet fx:id="sheet"/>}.
 */
public final class ConfirmSheet extends StackPane {
    public static final String ID_CONFIRM = "sheet-confirm";
    public static final String ID_CANCEL = "sheet-cancel";
    public static final String ID_MESSAGE = "sheet-message";
    public static final String ID_ERROR = "sheet-error";

    @FXML private VBox card;
    @FXML private Label title;
    @FXML private Label message;
    @FXML private Label error;
    @FXML private VBox extra;
    @FXML private Button cancel;
    @FXML private Button confirm;
    @FXML private FontIcon confirmIcon;
    @FXML private ProgressIndicator busy;
    private final BooleanProperty working = new SimpleBooleanProperty();
    private Runnable onConfirm;

    public ConfirmSheet() {
        FxmlControl.load(this, "shared/confirm-sheet.fxml");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        cancel.disableProperty().bind(working);
        busy.visibleProperty().bind(working);
        close();
    }

    @FXML
    private void onCancel() {
        close();
    }

    @FXML
    private void onConfirm() {
        if (onConfirm != null) onConfirm.run();
    }

    /**
     * Opens the sheet. {@code enabled} (may be null) gates the action button, e.g. on a tick box.
     */
    public void open(String titleText, String text, String action, boolean danger, BooleanExpression enabled,
                     Runnable onConfirm, Node... extras) {
        title.setText(titleText);
        message.setText(text);
        confirm.setText(action);
        confirmIcon.setIconLiteral(danger ? "fth-alert-triangle" : "fth-check");
        confirm.getStyleClass().removeAll("danger", "accent");
        confirm.getStyleClass().add(danger ? "danger" : "accent");
        confirm.disableProperty().unbind();
        confirm.disableProperty().bind(enabled == null ? working : working.or(enabled.not()));
        confirm.setDefaultButton(!danger);
        extra.getChildren().setAll(extras);
        extra.setVisible(extras.length > 0);
        extra.setManaged(extras.length > 0);
        this.onConfirm = onConfirm;
        clearError();
        working.set(false);
        setVisible(true);
        setManaged(true);
    }

    public void close() {
        working.set(false);
        onConfirm = null;
        setVisible(false);
        setManaged(false);
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Shows why the engine refused, word for word. */
    public void showError(String text) {
        working.set(false);
        error.setText(text);
        error.setVisible(true);
        error.setManaged(true);
    }

    public void clearError() {
        error.setText(null);
        error.setVisible(false);
        error.setManaged(false);
    }

    public BooleanProperty working() {
        return working;
    }

    public Label message() {
        return message;
    }

    public Label error() {
        return error;
    }

    public Button confirmButton() {
        return confirm;
    }
}
