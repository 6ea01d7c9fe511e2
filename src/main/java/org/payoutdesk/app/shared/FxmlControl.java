package org.payoutdesk.app.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/**
 * Loads a custom control's own FXML ({@code <fx:root>}) into it, the control being its own controller:
 * the way a widget usable as a tag in other FXML files (ConfirmSheet, ScanStrip) keeps its layout in FXML.
 */
public final class FxmlControl {
    /** Where the FXML files live on the class path (as {@code app.Views.ROOT}). */
    static final String ROOT = "/org/payoutdesk/app/";

    private FxmlControl() {
    }

    /** Loads {@code path} (relative to the FXML root, e.g. {@code "shared/confirm-sheet.fxml"}) into {@code control}. */
    public static void load(Object control, String path) {
        URL url = FxmlControl.class.getResource(ROOT + path);
        if (url == null) throw new IllegalStateException("missing resource " + ROOT + path);
        FXMLLoader loader = new FXMLLoader(url);
        loader.setClassLoader(FxmlControl.class.getClassLoader());
        loader.setRoot(control);
        loader.setController(control);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path + ": " + e.getMessage(), e);
        }
    }
}
