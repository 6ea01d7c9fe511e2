package org.payoutdesk.app.pending;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Pending view shows, as properties: the controller fills it from the engine's answers, the
 * FXML's controls are bound to it. A null text hides its line (banner, status).
 */
public final class PendingModel {
    static final String NO_SELECTION = "Select an entry to read its full evidence.";

    private final ObservableList<PendingRowModel> rows = FXCollections.observableArrayList();
    private final StringProperty subtitle = new SimpleStringProperty();
    private final StringProperty lock = new SimpleStringProperty();
    private final BooleanProperty lockHeld = new SimpleBooleanProperty();
    private final BooleanProperty clearLockOffered = new SimpleBooleanProperty();
    private final BooleanProperty resolvable = new SimpleBooleanProperty();
    private final StringProperty banner = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final StringProperty evidence = new SimpleStringProperty(NO_SELECTION);
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public ObservableList<PendingRowModel> rows() { return rows; }

    /** "3 entries · amounts in ETH". */
    public StringProperty subtitle() { return subtitle; }

    /** "Payout lock: none" or the lock's value. */
    public StringProperty lock() { return lock; }

    public BooleanProperty lockHeld() { return lockHeld; }

    /** A stale lock (held, nothing pending) that this window may clear. */
    public BooleanProperty clearLockOffered() { return clearLockOffered; }

    /** Resolve all has something to do. */
    public BooleanProperty resolvable() { return resolvable; }

    /** Why the pool refuses to pay; null when it does not. */
    public StringProperty banner() { return banner; }

    /** What the last action did; null before the first. */
    public StringProperty status() { return status; }

    /** The selected entry's full evidence. */
    public StringProperty evidence() { return evidence; }

    /** True while the entries are read or reconciled. */
    public BooleanProperty loading() { return loading; }
}
