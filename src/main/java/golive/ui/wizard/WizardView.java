package golive.ui.wizard;

import golive.launch.Step;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.steps.StepPage;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Map;

/**
 * The main window's content: app bar, checklist rail on the left, the current step in the
 * middle, Back / Next at the bottom. Hosts the step screens the composition root built.
 * FX thread only.
 */
public final class WizardView extends BorderPane {
    private final WizardViewModel vm;
    private final Map<Step, StepScreen> screens;
    private RailView rail;
    private ScrollPane host;
    private Button back;
    private Button next;
    private Button copy;
    private Label position;
    private Label store;
    private Label copied;

    public WizardView(WizardViewModel vm, Map<Step, StepScreen> screens) {
        this.vm = vm;
        this.screens = screens;
        createParts();
        layoutParts();
        bind();
        wireActions();
    }

    private void createParts() {
        rail = new RailView(vm);
        host = Nodes.scroll(null);
        host.setId("stepHost");
        host.setFitToWidth(true);
        host.getStyleClass().add("gl-host");
        back = Nodes.button("back", "nav.back", "fth-arrow-left");
        next = Nodes.button("next", "nav.next", "fth-arrow-right", "accent");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        golive.ui.fx.KeepFocus.skip(back);
        golive.ui.fx.KeepFocus.skip(next);
        copy = Nodes.button("copyStatus", "app.copyStatus", "fth-clipboard", "flat");
        position = Nodes.label("stepPosition", null, "gl-muted");
        store = Nodes.label("storeName", null, "gl-store-chip");
        copied = Nodes.label("copiedNote", null, "gl-muted");
    }

    private void layoutParts() {
        setId("wizard");
        getStyleClass().add("gl-wizard");
        Label title = Nodes.label("appTitle", "app.title", "gl-app-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(Nodes.icon("fth-shopping-cart", "app.icon"), title, store, grow, copied, copy);
        bar.getStyleClass().add("gl-appbar");
        VBox top = new VBox(bar, StepPage.banner("wizardError", vm.errorProperty(), StepPage.Tone.DANGER));
        setTop(top);
        ScrollPane railScroll = Nodes.scroll(rail);
        railScroll.setFitToWidth(true);
        railScroll.getStyleClass().add("gl-rail-scroll");
        setLeft(railScroll);
        setCenter(host);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox nav = new HBox(back, position, spacer, next);
        nav.getStyleClass().add("gl-nav");
        setBottom(nav);
    }

    private void bind() {
        back.disableProperty().bind(vm.canBackProperty().not());
        next.disableProperty().bind(vm.canNextProperty().not());
        position.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("nav.position",
                vm.currentProperty().get().ordinal() + 1, Step.values().length), vm.currentProperty()));
        store.textProperty().bind(Bindings.createStringBinding(() -> vm.snapshot().config()
                .map(c -> I18n.t("cart." + c.kind().id()) + " · " + c.url().getHost()).orElse(I18n.t("app.noCart")), vm.snapshotProperty()));
        vm.currentProperty().addListener((o, a, s) -> show(s));
        show(vm.currentProperty().get());
    }

    private void show(Step step) {
        StepScreen screen = screens.get(step);
        if (screen == null) {
            return;
        }
        screen.onShow().accept(vm.snapshot());
        Node view = screen.view();
        host.setContent(view);
        host.setVvalue(0);
        if (view instanceof javafx.scene.Parent p) {
            Nodes.preventTruncation(p);
        }
    }

    /** Next or Back: the focus stays on the pressed button while it can be pressed again, else goes to the new step's first control. */
    private void navigate(Button pressed, Runnable move) {
        move.run();
        javafx.application.Platform.runLater(() -> {
            if (!pressed.isDisabled()) {
                pressed.requestFocus();
            } else if (host.getContent() instanceof javafx.scene.Parent p) {
                firstControl(p).ifPresent(Node::requestFocus);
            }
        });
    }

    private static java.util.Optional<Node> firstControl(javafx.scene.Parent p) {
        return p.lookupAll("*").stream()
                .filter(n -> n instanceof javafx.scene.control.Control && n.isFocusTraversable() && !n.isDisabled() && shown(n))
                .findFirst();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private void wireActions() {
        back.setOnAction(e -> navigate(back, vm::back));
        next.setOnAction(e -> navigate(next, vm::next));
        copy.setOnAction(e -> copyStatus());
    }

    /** 'Copy status for support': a redacted plain-text summary on the clipboard. */
    public void copyStatus() {
        vm.supportText(text -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText(I18n.t("app.copied"));
        });
    }
}
