package org.payoutdesk.app.pending;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import org.payoutdesk.payout.Verdict;

/**
 * A verdict as a small coloured badge: green paid, blue in mempool, orange not sent, red reverted, grey unknown.
 * Usable from FXML: {@code <VerdictBadge verdict="PAID"/>}.
 */
public final class VerdictBadge extends Label {
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private String applied;

    public VerdictBadge() {
        getStyleClass().add("verdict-badge");
        verdict.addListener((o, was, now) -> apply(now));
    }

    public static String text(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String styleClass(Verdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public Verdict getVerdict() {
        return verdict.get();
    }

    public void setVerdict(Verdict v) {
        verdict.set(v);
    }

    public void show(Verdict v) {
        verdict.set(v);
    }

    private void apply(Verdict v) {
        if (applied != null) getStyleClass().remove(applied);
        applied = v == null ? null : styleClass(v);
        if (applied != null) getStyleClass().add(applied);
        setText(v == null ? null : text(v));
    }
}
