package org.payoutdesk.app.pending;

import java.util.regex.Pattern;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;

/**
 * The approve-by-hash input: a transaction hash is {@code 0x} and 64 hex digits. An empty field is not
 * an error (nothing typed yet); anything else is, with the message shown on the decorated field.
 */
final class TxHashValidator implements Validator<String> {
    static final TxHashValidator INSTANCE = new TxHashValidator();
    static final String MESSAGE = "A transaction hash is 0x and 64 hex digits";
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private TxHashValidator() {
    }

    static boolean wellFormed(String text) {
        return text != null && HASH.matcher(text.strip()).matches();
    }

    @Override
    public ValidationResult apply(Control control, String text) {
        boolean typed = text != null && !text.isBlank();
        return ValidationResult.fromErrorIf(control, MESSAGE, typed && !wellFormed(text));
    }
}
