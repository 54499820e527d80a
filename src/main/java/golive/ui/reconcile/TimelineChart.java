package golive.ui.reconcile;

import golive.reconcile.Timeline;
import golive.ui.fx.I18n;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline as a JavaFX chart: cart orders per hour (or per few hours, so at most
 * {@link #MAX_BARS} bars) stacked as accounted for / not to import / missing or failing, the
 * cut-off and 'Import Orders from' as labelled lines, the gap or overlap between them shaded and
 * named, and every bar holding a failing order marked "!" with its count, so nothing is told by
 * colour alone. The same picture as the reports' {@code TimelinePicture}. FX thread only.
 */
final class TimelineChart extends StackedBarChart<String, Number> {
    static final int MAX_BARS = 72;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM HH:mm");

    /** One bar: the orders created in [start, start + span). */
    record Bar(String label, Instant start, Duration span, int accounted, int notImported, int failing) {
        int total() {
            return accounted + notImported + failing;
        }
    }

    private final NumberAxis y;
    private final CategoryAxis x;
    private final Rectangle window = new Rectangle();
    private final Label windowText = new Label();
    private final Line cutoffLine = new Line();
    private final Label cutoffText = new Label(I18n.t("reconcile.chart.cutoff"));
    private final Line fromLine = new Line();
    private final Label fromText = new Label(I18n.t("reconcile.chart.importFrom"));
    private final List<Label> marks = new ArrayList<>();
    private List<Bar> bars = List.of();
    private Timeline timeline;

    TimelineChart() {
        super(new CategoryAxis(), new NumberAxis());
        x = (CategoryAxis) getXAxis();
        y = (NumberAxis) getYAxis();
        setId("timelineChart");
        getStyleClass().add("gl-timeline-chart");
        setAnimated(false);
        setCategoryGap(1);
        setLegendVisible(true);
        x.setLabel(I18n.t("reconcile.chart.x"));
        y.setLabel(I18n.t("reconcile.chart.y"));
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        window.getStyleClass().add("gl-chart-window");
        window.setId("chartWindow");
        windowText.getStyleClass().add("gl-chart-note");
        windowText.setId("chartWindowText");
        cutoffLine.getStyleClass().add("gl-chart-marker");
        fromLine.getStyleClass().add("gl-chart-marker");
        cutoffText.getStyleClass().add("gl-chart-note");
        fromText.getStyleClass().add("gl-chart-note");
        getPlotChildren().addAll(window, windowText, cutoffLine, fromLine, cutoffText, fromText);
        setAccessibleText(I18n.t("reconcile.chart.title"));
    }

    void show(Timeline t, ZoneId zone) {
        timeline = t;
        bars = t == null ? List.of() : bars(t, zone);
        getPlotChildren().removeAll(marks);
        marks.clear();
        XYChart.Series<String, Number> accounted = new XYChart.Series<>();
        accounted.setName(I18n.t("reconcile.chart.accounted"));
        XYChart.Series<String, Number> notImported = new XYChart.Series<>();
        notImported.setName(I18n.t("reconcile.chart.notImported"));
        XYChart.Series<String, Number> failing = new XYChart.Series<>();
        failing.setName(I18n.t("reconcile.chart.failing"));
        for (Bar b : bars) {
            accounted.getData().add(new XYChart.Data<>(b.label(), b.accounted()));
            notImported.getData().add(new XYChart.Data<>(b.label(), b.notImported()));
            failing.getData().add(new XYChart.Data<>(b.label(), b.failing()));
            if (b.failing() > 0) {
                Label mark = new Label(I18n.t("reconcile.chart.mark", b.failing()));
                mark.getStyleClass().add("gl-chart-mark");
                mark.setUserData(b);
                marks.add(mark);
            }
        }
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        double step = niceStep(max * 1.25 / 5);
        y.setLowerBound(0);
        y.setUpperBound(Math.ceil(max * 1.25 / step) * step);
        y.setTickUnit(step);
        x.setCategories(FXCollections.observableArrayList(bars.stream().map(Bar::label).toList()));
        getData().setAll(List.of(accounted, notImported, failing));
        getPlotChildren().addAll(marks);
        boolean gap = t != null && t.importFrom().isAfter(t.cutoff());
        windowText.setText(t == null || t.importFrom().equals(t.cutoff()) ? ""
                : I18n.t(gap ? (t.gapAccepted() ? "reconcile.chart.gapAccepted" : "reconcile.chart.gap") : "reconcile.chart.overlap"));
        window.getStyleClass().removeAll("gl-chart-gap", "gl-chart-overlap");
        window.getStyleClass().add(gap ? "gl-chart-gap" : "gl-chart-overlap");
        requestChartLayout();
    }

    /** The hours of {@code t}, grouped so there are at most {@link #MAX_BARS} bars. */
    static List<Bar> bars(Timeline t, ZoneId zone) {
        List<Timeline.Hour> hours = t.hours();
        int per = Math.max(1, (hours.size() + MAX_BARS - 1) / MAX_BARS);
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < hours.size(); i += per) {
            int accounted = 0;
            int notImported = 0;
            int failing = 0;
            for (Timeline.Hour h : hours.subList(i, Math.min(hours.size(), i + per))) {
                accounted += h.accounted();
                notImported += h.notImported();
                failing += h.failing();
            }
            Instant start = hours.get(i).start();
            out.add(new Bar(LABEL.format(start.atZone(zone)), start, Duration.ofHours(per), accounted, notImported, failing));
        }
        return out;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw} (and at least 1: the counts are whole). */
    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (int m : new int[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return Math.max(1, m * p);
            }
        }
        return Math.max(1, 10 * p);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (timeline == null || bars.isEmpty()) {
            for (javafx.scene.Node n : List.of(window, windowText, cutoffLine, fromLine, cutoffText, fromText)) {
                n.setVisible(false);
            }
            return;
        }
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(0);
        double xCut = xOf(timeline.cutoff());
        double xFrom = xOf(timeline.importFrom());
        marker(cutoffLine, cutoffText, xCut, top, bottom, xCut <= xFrom);
        marker(fromLine, fromText, xFrom, top, bottom, xFrom < xCut);
        double left = Math.min(xCut, xFrom);
        double width = Math.abs(xFrom - xCut);
        window.setVisible(width >= 1);
        windowText.setVisible(width >= 1 && !windowText.getText().isEmpty());
        window.setX(left);
        window.setY(top);
        window.setWidth(width);
        window.setHeight(bottom - top);
        window.toBack();
        windowText.autosize();
        windowText.relocate(left + (width - windowText.getWidth()) / 2, top + windowText.getHeight() * 1.6);
        windowText.toFront();
        for (Label mark : marks) {
            Bar b = (Bar) mark.getUserData();
            mark.autosize();
            double center = x.getDisplayPosition(b.label());
            mark.relocate(center - mark.getWidth() / 2, y.getDisplayPosition(b.total()) - mark.getHeight());
            mark.toFront();
        }
    }

    /** A line from top to bottom with its name beside it: right of the line, or left of it for the earlier one. */
    private static void marker(Line line, Label text, double at, double top, double bottom, boolean leftOfLine) {
        line.setVisible(true);
        text.setVisible(true);
        line.setStartX(at);
        line.setEndX(at);
        line.setStartY(top);
        line.setEndY(bottom);
        line.toFront();
        text.autosize();
        text.relocate(leftOfLine ? at - text.getWidth() - 4 : at + 4, top + 2);
        text.toFront();
    }

    /** Where instant {@code t} falls on the category axis: within its bar, in proportion. */
    private double xOf(Instant t) {
        double spacing = x.getCategorySpacing();
        Bar first = bars.get(0);
        long secondsPerBar = first.span().toSeconds();
        double pos = (double) Duration.between(first.start(), t).toSeconds() / secondsPerBar;
        pos = Math.max(0, Math.min(bars.size(), pos));
        int i = Math.min(bars.size() - 1, (int) Math.floor(pos));
        return x.getDisplayPosition(bars.get(i).label()) - spacing / 2 + (pos - i) * spacing;
    }
}
