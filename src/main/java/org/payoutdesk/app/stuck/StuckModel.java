package org.payoutdesk.app.stuck;

import java.math.BigInteger;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.payoutdesk.chain.Fees;
import org.payoutdesk.money.Shannon;
import org.payoutdesk.payout.FeeBump;
import org.payoutdesk.payout.Replacement;
import org.payoutdesk.payout.StuckPayment;

/** The Stuck screen's state: the stuck payments, the selected one, what is going on (JavaFX thread only). */
public final class StuckModel {
    private final ObservableList<StuckPayment> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StuckPayment> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canAct;

    public StuckModel(boolean writable) {
        canAct = new SimpleBooleanProperty(writable);
    }

    public ObservableList<StuckPayment> rows() { return rows; }

    public ObjectProperty<StuckPayment> selected() { return selected; }

    public StringProperty status() { return status; }

    public BooleanProperty busy() { return busy; }

    /** False in read-only mode or without a payout engine: Speed up and Cancel stay disabled. */
    public BooleanProperty canAct() { return canAct; }

    public void show(List<StuckPayment> stuck) {
        StuckPayment keep = selected.get();
        rows.setAll(stuck);
        selected.set(keep == null ? null : stuck.stream().filter(s -> s.member().equals(keep.member())).findFirst().orElse(null));
        status.set(stuck.isEmpty() ? "Nothing stuck: every payment's transaction is mined."
                : stuck.size() + " payment(s) not mined." + (stuck.stream().anyMatch(StuckPayment::belowBaseFee)
                ? " Some pay less than the base fee and cannot be mined as they are." : ""));
    }

    // --- cell texts ---

    static String amount(StuckPayment s) { return Shannon.formatEth(s.amount()); }

    static String fees(Fees f) {
        if (f == null) return "unknown";
        return f.type() == Fees.Type.LEGACY ? FeeBump.gwei(f.gasPriceWei()) + " gwei"
                : FeeBump.gwei(f.maxFeeWei()) + " gwei (tip " + FeeBump.gwei(f.maxPriorityFeeWei()) + ")";
    }

    static String age(StuckPayment s) {
        long m = s.ageSeconds() / 60;
        String time = m < 1 ? s.ageSeconds() + " s" : m < 120 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
        return time + (s.ageBlocks().isPresent() ? ", " + s.ageBlocks().getAsLong() + " blocks" : "");
    }

    static String state(StuckPayment s) {
        String where = s.source() == StuckPayment.Source.PENDING ? "pending, in the mempool" : "recorded, not mined";
        return where + (s.belowBaseFee() ? "; below the base fee " + FeeBump.gwei(s.baseFeeWei()) + " gwei" : "")
                + (s.attempts().size() > 1 ? "; " + (s.attempts().size() - 1) + " replacement(s) sent" : "");
    }

    /** What the confirm sheet says before a replacement is sent. */
    static String preview(Replacement r) {
        StuckPayment p = r.payment();
        String what = r.kind() == Replacement.Kind.SPEEDUP
                ? "Resend " + Shannon.formatEth(p.amount()) + " ETH to " + p.login() + " at nonce " + p.nonce() + " with higher fees."
                : "Replace the payment to " + p.login() + " by a transfer of 0 ETH from the pool to itself at nonce " + p.nonce()
                + ". Once it is mined, resolve credits " + Shannon.formatEth(p.amount()) + " ETH back to the miner.";
        BigInteger max = r.maxCostWei();
        return what + "\nReplaces " + p.txHash() + "\nFees: " + fees(r.oldFees()) + " → " + fees(r.newFees())
                + "\nAt most " + Shannon.formatWeiAsEth(max) + " ETH leaves the wallet with gas."
                + (p.source() == StuckPayment.Source.PENDING ? "\nThe pending entry is recorded as paid with its transaction first." : "");
    }
}
