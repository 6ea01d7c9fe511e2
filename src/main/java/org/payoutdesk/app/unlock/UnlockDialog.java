package org.payoutdesk.app.unlock;

import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.payout.KeystoreUnlock;

/**
 * Asks for the keystore password and unlocks it in the background. The field is emptied as soon as
 * its characters are handed over; a wrong password shows the engine's message and the dialog stays
 * open for another try. Nothing typed is logged or kept.
 */
public final class UnlockDialog extends Dialog<Boolean> {
    public static final String ID_PASSWORD = "unlock-password";
    public static final String ID_MESSAGE = "unlock-message";
    public static final String ID_UNLOCK = "unlock-button";
    public static final ButtonType UNLOCK = new ButtonType("Unlock", ButtonBar.ButtonData.OK_DONE);

    private final KeystoreUnlock keystore;
    private final UnlockService service;
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();

    public UnlockDialog(KeystoreUnlock keystore, Window owner) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.service = new UnlockService(keystore);
        if (owner != null) initOwner(owner);
        setTitle("Unlock the keystore");
        setHeaderText("Unlock " + keystore.keystoreName());
        setGraphic(new FontIcon(Feather.LOCK));
        password.setId(ID_PASSWORD);
        password.setPromptText("Keystore password");
        message.setId(ID_MESSAGE);
        message.setWrapText(true);
        message.setMaxWidth(440);
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(service.runningProperty());
        Label hint = new Label("The password decrypts the pool's key in memory for this session; it is not stored.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        VBox box = new VBox(10, hint, password, new HBox(8, busy, message));
        box.setPadding(new Insets(8, 4, 4, 4));
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(480);
        getDialogPane().getButtonTypes().setAll(UNLOCK, ButtonType.CANCEL);
        Button unlock = (Button) getDialogPane().lookupButton(UNLOCK);
        unlock.setId(ID_UNLOCK);
        unlock.disableProperty().bind(service.runningProperty().or(password.textProperty().isEmpty()));
        password.disableProperty().bind(service.runningProperty());
        // Keep the dialog open while decrypting; it closes itself on success.
        unlock.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        service.setOnSucceeded(e -> {
            message.setText("");
            setResult(Boolean.TRUE);
            close();
        });
        service.setOnFailed(e -> {
            Throwable t = service.getException();
            message.getStyleClass().setAll("label", "danger-text");
            message.setText(t == null || t.getMessage() == null ? "the keystore could not be unlocked" : t.getMessage());
            password.requestFocus();
        });
        setResultConverter(b -> b == UNLOCK && keystore.unlocked());
        setOnShown(e -> password.requestFocus());
    }

    /** Copies the typed characters into an array for the service, then empties the field. */
    void submit() {
        CharSequence typed = password.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) chars[i] = typed.charAt(i);
        password.clear();
        message.getStyleClass().setAll("label", "muted");
        message.setText("Decrypting…");
        service.unlock(chars);
    }

    /** Shows the dialog (not blocking); runs {@code onUnlocked} once the keystore is unlocked. */
    public void showAndUnlock(Runnable onUnlocked) {
        // A dialog may report being hidden more than once; tell the caller once.
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        setOnHidden(e -> {
            if (keystore.unlocked() && told.compareAndSet(false, true)) onUnlocked.run();
        });
        show();
    }

    public UnlockService service() {
        return service;
    }
}
