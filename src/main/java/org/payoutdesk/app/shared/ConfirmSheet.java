package org.payoutdesk.app.shared;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A confirmation laid over its view (not a separate window): title, the text to confirm, optional
 * extra controls, an error line that shows the engine's refusal verbatim, Cancel and the action.
 * The action runs in the background; the sheet stays open until it succeeded.
 */
public final class ConfirmSheet extends StackPane {
    public static final String ID_CONFIRM = "sheet-confirm";
    public static final String ID_CANCEL = "sheet-cancel";
    public static final String ID_MESSAGE = "sheet-message";
    public static final String ID_ERROR = "sheet-error";

    private final Label title = new Label();
    private final Label message = new Label();
    private final Label error = new Label();
    private final VBox extra = new VBox(8);
    private final Button cancel = new Button("Cancel");
    private final Button confirm = new Button();
    private final ProgressIndicator busy = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final BooleanProperty working = new SimpleBooleanProperty();
    private Runnable onConfirm;

    public ConfirmSheet() {
        getStyleClass().add("confirm-sheet");
        title.getStyleClass().add("sheet-title");
        message.setId(ID_MESSAGE);
        message.getStyleClass().add("sheet-message");
        message.setWrapText(true);
        error.setId(ID_ERROR);
        error.getStyleClass().add("load-error");
        error.setWrapText(true);
        cancel.setId(ID_CANCEL);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        cancel.disableProperty().bind(working);
        confirm.setId(ID_CONFIRM);
        confirm.setOnAction(e -> {
            if (onConfirm != null) onConfirm.run();
        });
        busy.setPrefSize(18, 18);
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(working);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, busy, spacer, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, title, message, extra, error, buttons);
        card.getStyleClass().add("sheet-card");
        card.setMaxWidth(720);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        close();
    }

    /**
     * Opens the sheet. {@code enabled} (may be null) gates the action button, e.g. on a tick box.
     */
    public void open(String titleText, String text, String action, boolean danger, BooleanExpression enabled,
                     Runnable onConfirm, Node... extras) {
        title.setText(titleText);
        message.setText(text);
        confirm.setText(action);
        confirm.setGraphic(new FontIcon(danger ? Feather.ALERT_TRIANGLE : Feather.CHECK));
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
