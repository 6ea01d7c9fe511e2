package org.payoutdesk.app.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the sending page shows while a batch runs and after it, as properties the FXML is bound to. */
public final class SendingModel {
    /** How the summary reads: plain, a success, or a halt / failure. */
    public enum Tone { PLAIN, OK, DANGER }

    private final StringProperty title = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty current = new SimpleStringProperty();
    private final StringProperty counts = new SimpleStringProperty();
    private final StringProperty eta = new SimpleStringProperty();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty();
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.PLAIN);
    private final StringProperty receipts = new SimpleStringProperty();
    private final ObservableList<String> receiptLines = FXCollections.observableArrayList();
    private final StringProperty stopText = new SimpleStringProperty();
    private final BooleanProperty stopOffered = new SimpleBooleanProperty();
    private final BooleanProperty stopAsked = new SimpleBooleanProperty();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObjectProperty<BatchProgress> shown = new SimpleObjectProperty<>();

    public StringProperty title() { return title; }

    public DoubleProperty progress() { return progress; }

    /** "Paying 0x…" */
    public StringProperty current() { return current; }

    /** "3 paid · 0 skipped · 1 to go · 1.200000000 ETH sent" */
    public StringProperty counts() { return counts; }

    public StringProperty eta() { return eta; }

    /** The live log, at most {@link SendingController#LOG_LIMIT} lines. */
    public ObservableList<String> log() { return log; }

    public StringProperty summary() { return summary; }

    public ObjectProperty<Tone> tone() { return tone; }

    public StringProperty receipts() { return receipts; }

    public ObservableList<String> receiptLines() { return receiptLines; }

    public StringProperty stopText() { return stopText; }

    /** The Stop button is shown (a batch runs). */
    public BooleanProperty stopOffered() { return stopOffered; }

    /** Stop after this payment was asked. */
    public BooleanProperty stopAsked() { return stopAsked; }

    /** A batch is being sent: nothing may close the review. */
    public BooleanProperty sending() { return sending; }

    /** The progress last shown; null until the batch's first event. */
    public ObjectProperty<BatchProgress> shown() { return shown; }
}
