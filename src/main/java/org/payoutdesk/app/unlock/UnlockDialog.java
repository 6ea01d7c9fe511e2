package org.payoutdesk.app.unlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;
import org.payoutdesk.payout.KeystoreUnlock;

/**
 * Asks for the keystore password and unlocks it in the background. The field is emptied as soon as
 * its characters are handed over; a wrong password shows the engine's message and the dialog stays
 * open for another try. Nothing typed is logged or kept. Layout in {@code unlock/unlock.fxml}.
 */
public final class UnlockDialog extends Dialog<Boolean> {
    public static final String ID_PASSWORD = "unlock-password";
    public static final String ID_MESSAGE = "unlock-message";
    public static final String ID_UNLOCK = "unlock-button";
    static final String FXML = "unlock/unlock.fxml";

    private final KeystoreUnlock keystore;
    private final UnlockService service;
    @FXML private PasswordField password;
    @FXML private Label message;
    @FXML private ProgressIndicator busy;
    @FXML private ButtonType unlockType;

    public UnlockDialog(KeystoreUnlock keystore, Window owner) {
        this.keystore = Objects.requireNonNull(keystore, "keystore");
        this.service = new UnlockService(keystore);
        if (owner != null) initOwner(owner);
        setTitle("Unlock the keystore");
        setDialogPane(pane());
        setHeaderText("Unlock " + keystore.keystoreName());
        busy.visibleProperty().bind(service.runningProperty());
        Button unlock = (Button) getDialogPane().lookupButton(unlockType);
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
        setResultConverter(b -> b == unlockType && keystore.unlocked());
        setOnShown(e -> password.requestFocus());
    }

    /** {@code unlock/unlock.fxml}, with this dialog as its controller. */
    private DialogPane pane() {
        FXMLLoader loader = new FXMLLoader(UnlockDialog.class.getResource("/org/payoutdesk/app/" + FXML));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + FXML + ": " + e.getMessage(), e);
        }
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
