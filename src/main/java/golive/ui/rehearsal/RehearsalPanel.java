package golive.ui.rehearsal;

import golive.launch.WallTime;
import golive.rehearsal.RehearsalSandbox;
import golive.sandbox.Fault;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.connect.ConnectViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * The rehearsal's control panel above the wizard: it says REHEARSAL, shows the practice store's
 * clock, URL and app credentials (what a person types in step 1), changes the speed and injects faults into
 * the sandbox cart. The actions only flip in-memory switches of the sandbox, so they run on the
 * FX thread without blocking it. FX thread only.
 */
public final class RehearsalPanel extends VBox {
    /** Up to five store minutes a second: faster, a first-timer's steps would be overtaken by the scenario (the CLI goes faster). */
    static final List<Double> SPEEDS = List.of(1.0, 10.0, 60.0, 300.0);

    private final RehearsalSandbox box;
    private final Label clock = Nodes.fittingText("rehearsalClock", null, "gl-muted");
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final javafx.scene.control.ToggleButton run = new javafx.scene.control.ToggleButton(I18n.t("rehearsal.run"));
    private final Button verdict = Nodes.button("rehearsalVerdict", "rehearsal.verdict.button", "fth-check-square", "gl-small", "accent");
    private Runnable onVerdict = () -> { };
    private final java.util.Map<String, TextField> credentials = new java.util.HashMap<>();
    private final TextField openOrdersFile = readOnly("rehearsalOpenOrdersFile", "");
    private final Timeline ticker;

    /** @param background runs the file export off the FX thread */
    public RehearsalPanel(RehearsalSandbox box, golive.ui.fx.Background background) {
        this.box = box;
        setId("rehearsalPanel");
        getStyleClass().add("gl-rehearsal-panel");
        Label badge = Nodes.label("rehearsalBadge", "rehearsal.badge", "gl-rehearsal-badge");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the word says the mode, never "…"
        Label scenario = Nodes.fittingText("rehearsalScenario", null, "gl-rehearsal-title");
        scenario.setText(I18n.t("rehearsal.scenario.short", box.scenario().name(), I18n.t("cart." + box.kind().id())));
        Label description = Nodes.text("rehearsalDescription", null, "gl-muted");
        description.setText(I18n.t("rehearsal.scenario", box.scenario().name(), box.scenario().description()));
        TextField url = readOnly("rehearsalUrl", box.server().baseUrl().toString());
        speed.setId("rehearsalSpeed");
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : I18n.t("rehearsal.speed.value", s.intValue());
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        speed.setValue(SPEEDS.contains(box.clock().speed()) ? box.clock().speed() : 60.0);
        speed.setAccessibleText(I18n.t("rehearsal.speed"));
        // the store waits for the person: its clock stands still until they choose Run the store
        run.setId("rehearsalRun");
        run.setTooltip(new javafx.scene.control.Tooltip(I18n.t("rehearsal.run.tooltip")));
        run.getStyleClass().addAll("gl-small", "accent");
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setSpeed(0);
        run.selectedProperty().addListener((o, a, on) -> {
            box.setSpeed(on ? speed.getValue() : 0);
            run.setText(I18n.t(on ? "rehearsal.pause" : "rehearsal.run"));
            showClock();
        });
        speed.valueProperty().addListener((o, a, v) -> {
            if (run.isSelected()) {
                box.setSpeed(v);
            }
        });
        javafx.scene.control.ToggleButton more = new javafx.scene.control.ToggleButton(I18n.t("rehearsal.more"));
        more.setId("rehearsalMore");
        more.getStyleClass().add("gl-small");
        more.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        more.selectedProperty().addListener((o, a, on) -> more.setText(I18n.t(on ? "rehearsal.less" : "rehearsal.more")));
        verdict.setVisible(false);
        verdict.managedProperty().bind(verdict.visibleProperty());
        verdict.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdict.setOnAction(e -> onVerdict.run());
        // one line where it fits; on a small screen or at 200 % it wraps rather than pushing the window wider
        FlowPane head = new FlowPane(badge, scenario, clock, run, verdict, more);
        head.getStyleClass().add("gl-rehearsal-head");
        // the sentences wrap within the window when even a line of their own is too short (the window's
        // width, not the band's: the band is as wide as its widest child asks)
        sceneProperty().addListener((o, was, scene) -> {
            for (Label l : List.of(scenario, clock)) {
                if (scene == null) {
                    l.maxWidthProperty().unbind();
                } else {
                    l.maxWidthProperty().bind(scene.widthProperty().subtract(
                            javafx.beans.binding.Bindings.createDoubleBinding(() -> getInsets().getLeft() + getInsets().getRight() + 2, insetsProperty())));
                }
            }
        });
        HBox store = new HBox(caption("rehearsal.url"), url);
        box.server().credentials().forEach((name, value) -> {
            TextField field = readOnly("rehearsalCredential-" + name, value);
            credentials.put(name, field);
            Label l = caption(null);
            l.setText(ConnectViewModel.label(box.kind(), name).replace("_", ""));
            store.getChildren().addAll(l, field);
        });
        store.getChildren().addAll(caption("rehearsal.speed"), speed);
        store.getStyleClass().add("gl-rehearsal-row");
        FlowPane faults = new FlowPane(caption("rehearsal.faults"),
                fault("fault429", "rehearsal.fault.429", () -> box.server().faults().next(5, Fault.tooManyRequests())),
                fault("fault5xx", "rehearsal.fault.5xx", () -> box.server().faults().next(3, Fault.serverError(503))),
                fault("faultSlow", "rehearsal.fault.slow", () -> box.server().faults().next(3, Fault.slow(java.time.Duration.ofSeconds(3)))),
                fault("faultTruncated", "rehearsal.fault.truncated", () -> box.server().faults().next(2, Fault.truncatedJson())),
                fault("faultRevoke", "rehearsal.fault.revoke", () -> box.server().rotateCredentials()),
                fault("faultUnreachable", "rehearsal.fault.unreachable", () -> box.server().faults().always(Fault.drop())),
                fault("faultClear", "rehearsal.fault.clear", () -> box.server().faults().clear()));
        faults.getStyleClass().add("gl-rehearsal-faults");
        Button export = Nodes.button("rehearsalExport", "rehearsal.export", "fth-file-text", "gl-small");
        export.setOnAction(e -> background.run(null, () -> box.writeOpenOrdersFile(exportCutoff()),
                f -> openOrdersFile.setText(I18n.t("rehearsal.export.done", f.orders(), f.file())),
                err -> openOrdersFile.setText(I18n.t("rehearsal.export.failed", err.getMessage()))));
        openOrdersFile.setPrefColumnCount(48);
        HBox.setHgrow(openOrdersFile, javafx.scene.layout.Priority.ALWAYS);
        HBox file = new HBox(export, openOrdersFile);
        file.getStyleClass().add("gl-rehearsal-row");
        // one line by default, so the practice store leaves the screen to the wizard; the rest on request
        VBox details = new VBox(description, store, faults, file);
        details.setId("rehearsalDetails");
        details.getStyleClass().add("gl-rehearsal-details");
        details.visibleProperty().bind(more.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        getChildren().addAll(head, details);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> showClock()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        showClock();
        ticker.play();
    }

    /** The confirmed cut-off, else now: the moment the old system's export stands for. Off the FX thread. */
    private java.time.Instant exportCutoff() {
        java.time.Instant cutoff = box.cutover().state().cutoff();
        return cutoff != null && box.cutover().state().cutoffConfirmed() ? cutoff : box.clock().instant();
    }

    /** What "See the verdict" does once the scenario has ended (the window opens Reconcile and runs it). */
    public void onVerdict(Runnable action) {
        this.onVerdict = action;
    }

    /** Stops the clock display (the window closes the sandbox). */
    public void dispose() {
        ticker.stop();
    }

    private void showClock() {
        boolean over = !box.clock().instant().isBefore(box.player().end());
        clock.setText(over ? I18n.t("rehearsal.clock.ended", WallTime.show(box.player().end(), box.scenario().zoneId()))
                : I18n.t(run.isSelected() ? "rehearsal.clock" : "rehearsal.clock.paused", WallTime.show(box.clock().instant(), box.scenario().zoneId())));
        // the scenario is over: say so, and offer its verdict (the reconciliation, the same buckets as 'rehearse')
        verdict.setVisible(over);
        // a rotated secret shows its replacement: what the merchant would paste in step 1
        box.server().credentials().forEach((name, value) -> {
            TextField f = credentials.get(name);
            if (f != null) {
                f.setText(value);
            }
        });
    }

    private Button fault(String id, String key, Runnable action) {
        Button b = Nodes.button(id, key, null, "gl-small");
        b.setOnAction(e -> {
            action.run();
            showClock();
        });
        return b;
    }

    /** A caption that never shrinks to "...": the fields beside it give way instead. */
    private static Label caption(String key) {
        Label l = Nodes.label(null, key, "gl-small");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField readOnly(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setEditable(false);
        f.setPrefColumnCount(Math.min(28, text.length()));
        return f;
    }
}
