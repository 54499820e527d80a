package golive.ui.steps.importfrom;

import golive.launch.Boundary;
import golive.launch.WallTime;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The picture of the boundary: migrated orders up to the cut-off, synced orders from 'Import Orders
 * from', and between them the gap (never imported) or overlap (deduplicated) with the cart's
 * count. Each band is named in words and patterned, not told by colour alone. Not to scale.
 * FX thread only.
 */
final class TimelineView extends VBox {
    private final GridPane grid = new GridPane();
    private final ObservableValue<Boundary> boundary;
    private final ObservableValue<Long> count;
    private final ObservableValue<ZoneId> zone;

    TimelineView(ObservableValue<Boundary> boundary, ObservableValue<Long> count, ObservableValue<ZoneId> zone) {
        this.boundary = boundary;
        this.count = count;
        this.zone = zone;
        setId("timeline");
        getStyleClass().add("gl-timeline");
        grid.getStyleClass().add("gl-timeline-grid");
        getChildren().add(grid);
        boundary.addListener((o, a, b) -> render());
        count.addListener((o, a, b) -> render());
        render();
    }

    private void render() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        Boundary b = boundary.getValue();
        if (b == null || b.cutoff() == null || b.importFrom() == null) {
            grid.add(Nodes.text("timelineEmpty", "importFrom.timeline.empty", "gl-muted"), 0, 0);
            return;
        }
        boolean window = b.windowStart() != null;
        band(0, "migrated", I18n.t("importFrom.timeline.migrated"));
        if (window) {
            String kind = b.isGap() ? "gap" : "overlap";
            Long n = count.getValue();
            String caption = I18n.t("importFrom.timeline." + kind) + "\n"
                    + (n == null ? I18n.t("importFrom.timeline.counting") : I18n.t("importFrom.timeline.count", n));
            band(2, kind, caption);
            marker(1, b.isGap() ? "cutoff" : "importFrom", b.isGap() ? b.cutoff() : b.importFrom());
            marker(3, b.isGap() ? "importFrom" : "cutoff", b.isGap() ? b.importFrom() : b.cutoff());
            band(4, "synced", I18n.t("importFrom.timeline.synced"));
        } else {
            marker(1, "both", b.cutoff());
            band(2, "synced", I18n.t("importFrom.timeline.synced"));
        }
    }

    /** A band grows with the window; all bands share the width equally (the picture is not to scale). */
    private void band(int col, String kind, String caption) {
        Region bar = new Region();
        bar.getStyleClass().addAll("gl-tl-bar", "gl-tl-" + kind);
        bar.setId("timeline-" + kind);
        Label text = Nodes.text("timeline-" + kind + "-text", null, "gl-tl-caption");
        text.setText(caption);
        grid.add(bar, col, 1);
        grid.add(text, col, 2);
        ColumnConstraints c = new ColumnConstraints(0, 0, Double.MAX_VALUE, javafx.scene.layout.Priority.ALWAYS, HPos.CENTER, true);
        constrain(col, c);
    }

    private void marker(int col, String which, Instant at) {
        Label title = Nodes.label("timeline-marker-" + which, "importFrom.timeline.marker." + which, "gl-tl-marker");
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Region tick = new Region();
        tick.getStyleClass().add("gl-tl-tick");
        tick.setMaxWidth(Region.USE_PREF_SIZE);
        String shown = WallTime.show(at, zone.getValue());
        Label time = Nodes.text("timeline-" + which + "-time", null, "gl-tl-time");
        // date and time on one line, the zone under it, so the marker stays narrow
        time.setText(shown.replaceFirst("^(\\S+ \\S+) ", "$1\n"));
        grid.add(title, col, 0);
        grid.add(tick, col, 1);
        grid.add(time, col, 2);
        GridPane.setHalignment(title, HPos.CENTER);
        GridPane.setHalignment(tick, HPos.CENTER);
        GridPane.setHalignment(time, HPos.CENTER);
        ColumnConstraints c = new ColumnConstraints();
        c.setHalignment(HPos.CENTER);
        constrain(col, c);
    }

    private void constrain(int col, ColumnConstraints c) {
        while (grid.getColumnConstraints().size() <= col) {
            grid.getColumnConstraints().add(new ColumnConstraints());
        }
        grid.getColumnConstraints().set(col, c);
    }
}
