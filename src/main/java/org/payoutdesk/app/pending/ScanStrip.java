package org.payoutdesk.app.pending;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.Amounts;

/**
 * "Scanning blocks 1,200 of 5,000" with a progress bar and Cancel, shown while reconciliation searches
 * the chain for a legacy entry's transfer; hidden otherwise. Cancel stops the scan: the entry is then
 * UNKNOWN with the blocks that were searched (a partial scan never says "not sent").
 */
public final class ScanStrip extends HBox {
    public static final String ID = "pending-scan";
    public static final String ID_BAR = "pending-scan-bar";
    public static final String ID_TEXT = "pending-scan-text";
    public static final String ID_DETAIL = "pending-scan-detail";
    public static final String ID_CANCEL = "pending-scan-cancel";

    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();
    private final Label detail = new Label();
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));

    public ScanStrip(PendingScan scan) {
        this(scan, "");
    }

    /** @param idSuffix appended to every id, so a second strip (on the confirm sheet) is told apart */
    public ScanStrip(PendingScan scan, String idSuffix) {
        super(10);
        setId(ID + idSuffix);
        getStyleClass().add("scan-strip");
        setAlignment(Pos.CENTER_LEFT);
        bar.setId(ID_BAR + idSuffix);
        bar.setPrefWidth(260);
        bar.setMinWidth(120);
        text.setId(ID_TEXT + idSuffix);
        text.getStyleClass().add("scan-text");
        text.setMinWidth(Region.USE_PREF_SIZE);
        detail.setId(ID_DETAIL + idSuffix);
        detail.getStyleClass().add("muted");
        detail.setMinWidth(0);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        cancel.setId(ID_CANCEL + idSuffix);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Stop searching the chain; the entry stays UNKNOWN with the blocks searched so far"));
        cancel.setOnAction(e -> scan.cancel());
        getChildren().addAll(bar, text, detail, cancel);
        scan.figuresProperty().addListener((o, was, now) -> show(now));
        show(scan.figuresProperty().get());
    }

    private void show(ScanFigures f) {
        setVisible(f != null);
        setManaged(f != null);
        if (f == null) return;
        bar.setProgress(f.fraction());
        text.setText(f.text());
        detail.setText(f.stopping() ? "stopping…" : Amounts.ethWithUnit(f.entry().amount()) + " to "
                + shortLogin(f.entry().login()) + " · blocks " + f.fromBlock() + "–" + f.lastBlock());
        detail.setTooltip(new Tooltip("Looking for the transfer of pending payment " + f.entry().member()
                + " in blocks " + f.fromBlock() + "–" + f.lastBlock()));
        cancel.setDisable(f.stopping());
    }

    private static String shortLogin(String login) {
        return login == null || login.length() < 14 ? String.valueOf(login)
                : login.substring(0, 8) + "…" + login.substring(login.length() - 4);
    }
}
