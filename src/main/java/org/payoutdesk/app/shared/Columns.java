package org.payoutdesk.app.shared;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Column builders: the row model itself is the cell value; sorting uses an explicit comparator. */
public final class Columns {
    private Columns() {
    }

    public static <M> TableColumn<M, M> text(String title, double width, Function<M, String> text,
                                             Comparator<M> order) {
        TableColumn<M, M> c = base(title, width, order);
        c.setCellFactory(col -> new TextCell<>(text));
        return c;
    }

    public static <M> TableColumn<M, M> text(String title, double width, Function<M, String> text,
                                             Function<M, String> hint, Function<M, String> style,
                                             Comparator<M> order, String... styleClasses) {
        TableColumn<M, M> c = base(title, width, order);
        c.setCellFactory(col -> new TextCell<>(text, hint, style, styleClasses));
        return c;
    }

    /** An amount column: 9-decimal ETH text, exact Shannon tooltip, numeric sort on the long. */
    public static <M> TableColumn<M, M> amount(String title, double width, Function<M, String> text,
                                               ToLongFunction<M> shannon) {
        TableColumn<M, M> c = base(title, width, Comparator.comparingLong(shannon));
        c.setCellFactory(col -> new TextCell<>(text, m -> Amounts.shannonHint(shannon.applyAsLong(m)), null,
                Amounts.STYLE));
        c.getStyleClass().add("amount-column");
        return c;
    }

    /**
     * Fills a column declared in FXML: the cell value is the shown text (what a column filter lists), the
     * tooltip and row style come from the row model; {@code order} sorts the row models (our own sort, off
     * the JavaFX thread, see {@link #comparator}); null makes the column unsortable.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <M> void keyed(TableColumn<M, String> c, Function<M, String> text, Function<M, String> hint,
                                 Function<M, String> style, Comparator<M> order, String... styleClasses) {
        keyed(c, text, hint, style, order, false, styleClasses);
    }

    /** @param hintOnHover the tooltip is made when the pointer first comes over a cell (see {@link KeyedCell}) */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M> void keyed(TableColumn<M, String> c, Function<M, String> text, Function<M, String> hint,
                                  Function<M, String> style, Comparator<M> order, boolean hintOnHover,
                                  String... styleClasses) {
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? null : text.apply(f.getValue())));
        c.setCellFactory(col -> new KeyedCell<>(hint, style, hintOnHover, styleClasses));
        if (order == null) {
            c.setSortable(false);
        } else {
            // The comparator orders row models, never cell texts: tables using it sort through comparator(table).
            c.setComparator((Comparator) order);
        }
    }

    /** {@link #keyed} for an amount: 9-decimal ETH text, exact Shannon on hover, numeric order. */
    public static <M> void keyedAmount(TableColumn<M, String> c, Function<M, String> text, ToLongFunction<M> shannon,
                                       boolean sortable) {
        keyed(c, text, m -> Amounts.shannonHint(shannon.applyAsLong(m)), null,
                sortable ? Comparator.comparingLong(shannon) : null, true, Amounts.STYLE);
        c.getStyleClass().add("amount-column");
    }

    /** The comparator of the table's sort order, built from the columns' comparators; null when unsorted. */
    @SuppressWarnings("unchecked")
    public static <M> Comparator<M> comparator(javafx.scene.control.TableView<M> table) {
        Comparator<M> result = null;
        for (TableColumn<M, ?> col : table.getSortOrder()) {
            Comparator<M> c = (Comparator<M>) col.getComparator();
            if (col.getSortType() == TableColumn.SortType.DESCENDING) c = c.reversed();
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <M> javafx.beans.value.ObservableValue<M> value(M row) {
        return row instanceof RowValue<?> v ? (javafx.beans.value.ObservableValue<M>) v.asValue()
                : new ReadOnlyObjectWrapper<>(row);
    }

    private static <M> TableColumn<M, M> base(String title, double width, Comparator<M> order) {
        TableColumn<M, M> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> value(f.getValue()));
        if (order == null) {
            c.setSortable(false);
        } else {
            c.setComparator(order);
        }
        return c;
    }
}
