package org.payoutdesk.app.pending;

import java.util.Locale;
import javafx.scene.control.Label;
import org.payoutdesk.payout.Verdict;

/** A verdict as a small coloured badge: green paid, blue in mempool, orange not sent, red reverted, grey unknown. */
public final class VerdictBadge extends Label {
    private String applied;

    public VerdictBadge() {
        getStyleClass().add("verdict-badge");
    }

    public static String text(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String styleClass(Verdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public void show(Verdict v) {
        if (applied != null) getStyleClass().remove(applied);
        applied = v == null ? null : styleClass(v);
        if (applied != null) getStyleClass().add(applied);
        setText(v == null ? null : text(v));
    }
}
