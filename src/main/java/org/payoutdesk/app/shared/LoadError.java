package org.payoutdesk.app.shared;

import javafx.scene.control.Label;

/** The line a view shows when its load failed: what went wrong and what happens next. */
public final class LoadError extends Label {
    public LoadError() {
        getStyleClass().add("load-error");
        setWrapText(true);
        setVisible(false);
        setManaged(false);
    }

    public void show(String what, Throwable error) {
        String msg = error == null ? "unknown error" : error.getMessage();
        if (msg == null || msg.isBlank()) msg = error.getClass().getSimpleName();
        setText("Could not read " + what + ": " + msg + ". Press Refresh to try again.");
        setVisible(true);
        setManaged(true);
    }

    public void clear() {
        setText(null);
        setVisible(false);
        setManaged(false);
    }
}
