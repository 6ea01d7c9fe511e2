package org.payoutdesk.app.shared;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A view's title row: title, a subtitle with counts, then any controls on the right. */
public final class ViewHeader extends HBox {
    private final Label subtitle = new Label();

    public ViewHeader(String title, BusyIndicator busy, Node... right) {
        super(12);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("view-header");
        Label t = new Label(title);
        t.getStyleClass().add("view-title");
        subtitle.getStyleClass().add("view-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(t, subtitle, busy, spacer);
        getChildren().addAll(right);
    }

    public Label subtitle() {
        return subtitle;
    }
}
