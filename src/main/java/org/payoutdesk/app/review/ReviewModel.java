package org.payoutdesk.app.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.payoutdesk.payout.Blocker;
import org.payoutdesk.payout.HeldPayment;
import org.payoutdesk.payout.PlannedPayment;

/** What the review page shows, as properties the FXML's controls are bound to; the controller fills it. */
public final class ReviewModel {
    private final ObservableList<PlannedPayment> payments = FXCollections.observableArrayList();
    private final ObservableList<HeldPayment> held = FXCollections.observableArrayList();
    private final ObservableList<Blocker> blockers = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewSelection> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewTotals> totals = new SimpleObjectProperty<>();
    private final StringProperty subtitle = new SimpleStringProperty();
    private final StringProperty heldTitle = new SimpleStringProperty();
    private final StringProperty whyNot = new SimpleStringProperty();
    private final BooleanProperty sendable = new SimpleBooleanProperty();

    public ObservableList<PlannedPayment> payments() { return payments; }

    public ObservableList<HeldPayment> held() { return held; }

    /** What stops the batch, each with its remedy. */
    public ObservableList<Blocker> blockers() { return blockers; }

    /** The plan with the operator's ticks; null while the plan is read. */
    public ObjectProperty<ReviewSelection> selection() { return selection; }

    /** The ticked payments' figures; null without a plan. */
    public ObjectProperty<ReviewTotals> totals() { return totals; }

    public StringProperty subtitle() { return subtitle; }

    public StringProperty heldTitle() { return heldTitle; }

    /** Why Approve and send is off, or what it does next. */
    public StringProperty whyNot() { return whyNot; }

    public BooleanProperty sendable() { return sendable; }
}
