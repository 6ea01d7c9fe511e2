package org.payoutdesk.app.review;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.payout.BatchResult;

/**
 * A notification when a batch finished or halted: an operator who turned to another window while a
 * long batch was sent learns that it ended, and how, without watching the review.
 */
final class BatchNotice {
    static final String SENT = "Payout sent";
    static final String STOPPED = "Payout stopped";
    static final String HALTED = "Payouts halted";
    static final int REASON_CHARS = 80;
    /** Styled in desk.css: ControlsFX's own look relies on Modena colours the theme lacks. */
    static final String STYLE = "desk-notice";
    private static final Duration SHOWN = Duration.seconds(10);

    private BatchNotice() {
    }

    static String title(BatchResult r) {
        return r.halted() ? HALTED : r.stopped() ? STOPPED : SENT;
    }

    static String text(BatchResult r) {
        String paid = "Paid " + r.paid().size() + " (" + Amounts.ethWithUnit(r.paidShannon()) + "), skipped "
                + r.skipped().size() + ".";
        // A notice is a few short lines (one long line would span the screen): the full reason is on the halt banner.
        return r.halted() ? paid + "\nHalted on " + r.haltedOn() + ":\n" + shorten(r.lastFail()) : paid;
    }

    static String shorten(String reason) {
        String one = String.valueOf(reason).replace('\n', ' ');
        return one.length() <= REASON_CHARS ? one : one.substring(0, REASON_CHARS - 1) + "…";
    }

    /**
     * Shows the notice over the review's window: above it, where the operator is looking (a popup owned by
     * the main window may stay under the review). It goes when the review is closed.
     */
    static void show(BatchResult r, Window review) {
        Window owner = review;
        Notifications n = Notifications.create().title(title(r)).text(text(r)).hideAfter(SHOWN).position(Pos.TOP_CENTER)
                .styleClass(STYLE);
        if (owner != null) n.owner(owner);
        if (r.halted()) n.showError();
        else n.showInformation();
    }
}
