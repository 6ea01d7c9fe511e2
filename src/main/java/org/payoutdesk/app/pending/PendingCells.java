package org.payoutdesk.app.pending;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.payoutdesk.app.shared.ExplorerLink;

/** The cells of the pending table. Each resets everything in its empty branch (cells are recycled). */
final class PendingCells {
    enum Action { APPROVE, ROLLBACK, APPROVE_WITH_HASH, FORCE_ROLLBACK }

    private PendingCells() {
    }

    /** A cell whose row is shown as a graphic; an empty cell has no text, graphic or tooltip. */
    private abstract static class GraphicCell extends TableCell<PendingRowModel, PendingRowModel> {
        @Override
        protected final void updateItem(PendingRowModel m, boolean empty) {
            super.updateItem(m, empty);
            setText(null);
            if (empty || m == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            show(m);
        }

        /** Sets the graphic (and tooltip) for a non-empty row. */
        abstract void show(PendingRowModel m);
    }

    /** Login (monospaced) over the debit time and age. */
    static final class Login extends GraphicCell {
        private final Label login = new Label();
        private final Label debit = new Label();
        private final VBox box = new VBox(2, login, debit);

        Login() {
            login.getStyleClass().addAll("mono", "cell-login");
            login.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            debit.getStyleClass().addAll("muted", "cell-second-line");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        void show(PendingRowModel m) {
            login.setText(m.payment().login());
            String problems = m.problemsText().isEmpty() ? "" : " · " + m.problemsText();
            debit.setText("debited " + m.debitText() + " (" + m.ageText() + " ago)" + problems);
            setTooltip(new Tooltip(m.payment().member()));
            setGraphic(box);
        }
    }

    static final class Badge extends TableCell<PendingRowModel, PendingRowModel> {
        private final VerdictBadge badge = new VerdictBadge();

        Badge() {
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(PendingRowModel m, boolean empty) {
            super.updateItem(m, empty);
            setText(null);
            if (empty || m == null || m.verdict() == null) {
                badge.show(null);
                setGraphic(null);
                return;
            }
            badge.show(m.verdict());
            setGraphic(badge);
        }
    }

    /** The evidence, up to three lines; all of it on hover and under the table. */
    static final class Evidence extends TableCell<PendingRowModel, PendingRowModel> {
        private final Tooltip tip = new Tooltip();

        Evidence() {
            setWrapText(true);
            getStyleClass().add("evidence-cell");
            tip.setWrapText(true);
            tip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(PendingRowModel m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(m.evidenceText());
            tip.setText(m.evidenceText());
            setTooltip(tip);
        }
    }

    /** The transaction (an explorer link when configured) over its nonce and block. */
    static final class Tx extends GraphicCell {
        private final ExplorerLink explorer;
        private final Hyperlink link = new Hyperlink();
        private final Label hash = new Label();
        private final Label where = new Label();
        private final VBox box = new VBox(2);

        Tx(ExplorerLink explorer, Consumer<String> openUrl) {
            this.explorer = explorer;
            link.getStyleClass().add("mono");
            hash.getStyleClass().add("mono");
            where.getStyleClass().addAll("muted", "cell-second-line");
            box.setAlignment(Pos.CENTER_LEFT);
            link.setOnAction(e -> {
                PendingRowModel m = getItem();
                if (m != null) explorer.url(m.txHash()).ifPresent(openUrl);
            });
        }

        @Override
        void show(PendingRowModel m) {
            String h = m.txHash();
            javafx.scene.Node top;
            if (h != null && explorer.url(h).isPresent()) {
                link.setText(h);
                link.setVisited(false);
                top = link;
            } else {
                hash.setText(h == null ? "no transaction" : h);
                top = hash;
            }
            String nonce = m.nonceText().isEmpty() ? "" : "nonce " + m.nonceText();
            String block = m.blockText().isEmpty() ? "" : "block " + m.blockText();
            where.setText(nonce.isEmpty() || block.isEmpty() ? nonce + block : nonce + " · " + block);
            box.getChildren().setAll(top, where);
            setTooltip(h == null ? null : new Tooltip(h));
            setGraphic(box);
        }
    }

    /** The buttons the verdict allows (PendingActions); none in read-only mode. */
    static final class Actions extends TableCell<PendingRowModel, PendingRowModel> {
        private final Button approve = button("Approve", Feather.CHECK, "success");
        private final Button rollback = button("Rollback", Feather.ROTATE_CCW, null);
        private final Button approveHash = button("Approve by hash…", Feather.HASH, null);
        private final Button force = button("Force rollback…", Feather.ALERT_TRIANGLE, "danger");
        private final VBox box = new VBox(4);

        Actions(BiConsumer<Action, PendingRowModel> onAction) {
            box.setAlignment(Pos.CENTER_LEFT);
            approve.setOnAction(e -> fire(onAction, Action.APPROVE));
            rollback.setOnAction(e -> fire(onAction, Action.ROLLBACK));
            approveHash.setOnAction(e -> fire(onAction, Action.APPROVE_WITH_HASH));
            force.setOnAction(e -> fire(onAction, Action.FORCE_ROLLBACK));
        }

        private void fire(BiConsumer<Action, PendingRowModel> onAction, Action a) {
            PendingRowModel m = getItem();
            if (m != null) onAction.accept(a, m);
        }

        private static Button button(String text, Feather icon, String style) {
            Button b = new Button(text, new FontIcon(icon));
            b.getStyleClass().addAll("small", "row-action");
            if (style != null) b.getStyleClass().add(style);
            return b;
        }

        @Override
        protected void updateItem(PendingRowModel m, boolean empty) {
            super.updateItem(m, empty);
            setText(null);
            if (empty || m == null || !m.actions().any()) {
                box.getChildren().clear();
                setGraphic(null);
                return;
            }
            PendingActions a = m.actions();
            String login = m.payment().login();
            approve.setId(PendingView.APPROVE + login);
            rollback.setId(PendingView.ROLLBACK + login);
            approveHash.setId(PendingView.APPROVE_HASH + login);
            force.setId(PendingView.FORCE_ROLLBACK + login);
            box.getChildren().clear();
            if (a.approve()) box.getChildren().add(approve);
            if (a.rollback()) box.getChildren().add(rollback);
            if (a.approveWithHash()) box.getChildren().add(approveHash);
            if (a.forcedRollback()) box.getChildren().add(force);
            setGraphic(box);
        }
    }
}
