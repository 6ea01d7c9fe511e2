package org.payoutdesk.app.finances;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.payoutdesk.payout.FinancesBook;
import org.payoutdesk.payout.FinancesReport;

/** What the Finances screen shows, as properties: the controller fills it, the view binds to it. */
public final class FinancesModel {
    /** The range asked for: 7, 30 or 90 UTC days, today included. */
    private final IntegerProperty days = new SimpleIntegerProperty(FinancesBook.DEFAULT_DAYS);
    /** The last report read for {@link #days}; null until the first read. */
    private final ObjectProperty<FinancesReport> report = new SimpleObjectProperty<>();
    /** One row per day, oldest first, then the total. */
    private final ObservableList<FinancesRow> rows = FXCollections.observableArrayList();
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public IntegerProperty daysProperty() { return days; }

    public int getDays() { return days.get(); }

    public void setDays(int d) { days.set(d); }

    public ObjectProperty<FinancesReport> reportProperty() { return report; }

    public FinancesReport getReport() { return report.get(); }

    public ObservableList<FinancesRow> rows() { return rows; }

    public StringProperty subtitleProperty() { return subtitle; }

    public StringProperty problemsProperty() { return problems; }

    /** Loading, a load error or the last export. */
    public StringProperty statusProperty() { return status; }

    /** Writes a fresh report into the model (JavaFX thread). */
    void show(FinancesReport r) {
        report.set(r);
        rows.setAll(r.days().stream().map(FinancesRow::of).toList());
        rows.add(FinancesRow.total(r.total()));
        var t = r.total();
        subtitle.set(r.days().size() + " UTC days, " + r.days().getFirst().day() + " to " + r.days().getLast().day()
                + ": " + t.blocks() + " blocks, " + t.payments() + " payments");
        problems.set(r.problems().isEmpty() ? "" : r.problems().size() + " ledger member(s) left out or doubtful: "
                + String.join("; ", r.problems().subList(0, Math.min(3, r.problems().size())))
                + (r.problems().size() > 3 ? "; …" : ""));
    }
}
