package org.payoutdesk.app.pending;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.payoutdesk.app.shared.Amounts;
import org.payoutdesk.app.shared.FxmlControl;

/**
 * "Scanning blocks 1,200 of 5,000" with a progress bar and Cancel, shown while reconciliation searches
 * the chain for a legacy entry's transfer; hidden otherwise. Cancel stops the scan: the entry is then
 * UNKNOWN with the blocks that were searched (a partial scan never says "not sent"). Layout in
 * {@code pending/scan-strip.fxml}; used from FXML as {@code <ScanStrip fx:id="scanStrip" idSuffix="-action"/>},
 * then {@link #watch} names the scan it shows.
 */
public final class ScanStrip extends HBox {
    public static final String ID = "pending-scan";
    public static final String ID_BAR = "pending-scan-bar";
    public static final String ID_TEXT = "pending-scan-text";
    public static final String ID_DETAIL = "pending-scan-detail";
    public static final String ID_CANCEL = "pending-scan-cancel";

    @FXML private ProgressBar bar;
    @FXML private Label text;
    @FXML private Label detail;
    @FXML private Tooltip detailTip;
    @FXML private Button cancel;
    private String idSuffix = "";
    private PendingScan scan;

    public ScanStrip() {
        FxmlControl.load(this, "pending/scan-strip.fxml");
        setIdSuffix("");
        show(null);
    }

    public String getIdSuffix() {
        return idSuffix;
    }

    /** Appended to every id, so a second strip (on the confirm sheet) is told apart; FXML cannot append it. */
    public void setIdSuffix(String suffix) {
        idSuffix = suffix == null ? "" : suffix;
        setId(ID + idSuffix);
        bar.setId(ID_BAR + idSuffix);
        text.setId(ID_TEXT + idSuffix);
        detail.setId(ID_DETAIL + idSuffix);
        cancel.setId(ID_CANCEL + idSuffix);
    }

    /** Shows {@code scan} from now on; Cancel stops it. */
    public void watch(PendingScan scan) {
        this.scan = scan;
        scan.figuresProperty().addListener((o, was, now) -> show(now));
        show(scan.figuresProperty().get());
    }

    @FXML
    private void onCancel() {
        if (scan != null) scan.cancel();
    }

    private void show(ScanFigures f) {
        setVisible(f != null);
        setManaged(f != null);
        if (f == null) return;
        bar.setProgress(f.fraction());
        text.setText(f.text());
        detail.setText(f.stopping() ? "stopping…" : Amounts.ethWithUnit(f.entry().amount()) + " to "
                + shortLogin(f.entry().login()) + " · blocks " + f.fromBlock() + "–" + f.lastBlock());
        detailTip.setText("Looking for the transfer of pending payment " + f.entry().member()
                + " in blocks " + f.fromBlock() + "–" + f.lastBlock());
        cancel.setDisable(f.stopping());
    }

    private static String shortLogin(String login) {
        return login == null || login.length() < 14 ? String.valueOf(login)
                : login.substring(0, 8) + "…" + login.substring(login.length() - 4);
    }
}
