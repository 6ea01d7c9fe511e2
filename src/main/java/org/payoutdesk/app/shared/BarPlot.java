package org.payoutdesk.app.shared;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;

/**
 * A chart of plain bars whose data is replaced whole, never changed in place: one node per item,
 * made by the subclass (with BarChart's style classes, so the theme colours it), added to and removed
 * from the plot with its item. The subclass lays the bars out.
 */
public abstract class BarPlot<X> extends XYChart<X, Number> {
    protected BarPlot(Axis<X> x, Axis<Number> y) {
        super(x, y);
    }

    /** The bar of {@code item} in the series at {@code seriesIndex}. */
    protected abstract Node bar(Data<X, Number> item, int seriesIndex);

    @Override
    protected void dataItemAdded(Series<X, Number> s, int index, Data<X, Number> item) {
        Node bar = bar(item, getData().indexOf(s));
        item.setNode(bar);
        getPlotChildren().add(bar);
    }

    @Override
    protected void dataItemRemoved(Data<X, Number> item, Series<X, Number> s) {
        getPlotChildren().remove(item.getNode());
        removeDataItemFromDisplay(s, item);
    }

    @Override
    protected void dataItemChanged(Data<X, Number> item) {
        // the data is replaced whole; an item never changes in place
    }

    @Override
    protected void seriesAdded(Series<X, Number> s, int seriesIndex) {
        for (int i = 0; i < s.getData().size(); i++) dataItemAdded(s, i, s.getData().get(i));
    }

    @Override
    protected void seriesRemoved(Series<X, Number> s) {
        for (Data<X, Number> d : s.getData()) getPlotChildren().remove(d.getNode());
        removeSeriesFromDisplay(s);
    }
}
