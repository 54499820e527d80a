package golive.ui;

import golive.cart.CartConnectors;
import golive.launch.Cutover;
import golive.domain.CartKind;
import golive.rehearsal.RehearsalSandbox;
import golive.sandbox.Scenario;
import golive.store.DataFolder;
import golive.store.Database;
import golive.store.StoreTarget;
import golive.ui.fx.Background;
import golive.ui.fx.I18n;
import golive.ui.fx.Nodes;
import golive.ui.fx.UserError;
import golive.ui.theme.Theme;
import golive.ui.theme.UiSettings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The desktop app's composition root: opens the store's database (the default one, or
 * {@code --db PATH}), builds an {@link AppWindow} over it, and switches database on File › Open.
 * FX thread only; the database opens on a background thread.
 */
public final class GoLiveApp extends Application {
    /** The window icon sizes made from {@code icons/golive.svg}. */
    static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final Background background = Background.forFx();
    private Theme theme;
    private Scene scene;
    private Stage stage;
    private AppWindow window;
    private Database db;
    private RehearsalWindow rehearsal;
    private Path current;

    public static void launchApp(String[] args) {
        Application.launch(GoLiveApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        show(stage);
        try {
            open(targetFrom(getParameters() == null ? List.of() : getParameters().getRaw()));
        } catch (IllegalArgumentException e) {
            // never opens another store than the one asked for; the message names what was expected
            scene.setRoot(placeholder(I18n.t("app.badTarget", e.getMessage())));
        }
    }

    /** Shows the window on the store at {@code database} (tests pass their own). */
    void start(Stage stage, Path database) {
        show(stage);
        open(database);
    }

    private void show(Stage stage) {
        this.stage = stage;
        Theme.installUserAgent();
        theme = new Theme(UiSettings.user());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // 1240×840 where it fits; on a 1366×768 laptop the visible area less a margin
        scene = new Scene(placeholder(I18n.t("app.loading")), Math.min(1240, screen.getWidth() - 40), Math.min(840, screen.getHeight() - 60));
        theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(I18n.t("app.title"));
        icons(stage);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed once the runner has let go of the store, off the FX thread
            quit();
        });
        stage.show();
    }

    /** Opens {@code path} off the FX thread, then shows it; the previous store is closed first. */
    void open(Path path) {
        open(new StoreTarget.H2File(path));
    }

    /** Opens {@code target} (an H2 file or a shared database) off the FX thread, then shows it. */
    void open(StoreTarget target) {
        closeStore(() -> openNow(target));
    }

    private void openNow(StoreTarget target) {
        Path path = target instanceof StoreTarget.H2File f ? f.base() : null;
        current = path;
        String where = path != null ? path.toString() : target.describe();
        scene.setRoot(placeholder(I18n.t("app.opening", where)));
        Clock clock = Clock.systemUTC();
        background.run(null, () -> Database.open(target), opened -> {
            db = opened;
            Cutover cutover = new Cutover(opened, clock, c -> CartConnectors.open(c, clock));
            window = new AppWindow(theme, cutover, path, background, this::open, this::quit, this::chooseRehearsal, null);
            stage.setTitle(I18n.t("app.title.store", path != null ? path.getFileName() : target.describe()));
            scene.setRoot(window.root());
        }, e -> scene.setRoot(placeholder(I18n.t("app.openFailed", where, UserError.of(e)))));
    }

    private void quit() {
        if (window == null || window.confirmClose()) {
            RehearsalWindow r = rehearsal;
            rehearsal = null;
            closeStore(() -> {
                if (r == null) {
                    Platform.exit();
                } else {
                    r.close(Platform::exit);
                }
            });
        }
    }

    /** The rehearsal's practice store (tests): null while none is open or it is still starting. */
    RehearsalSandbox rehearsal() {
        return rehearsal == null ? null : rehearsal.sandbox();
    }

    /** The practice store's clock (tests): null outside a rehearsal. */
    java.time.Instant rehearsalClock() {
        return rehearsal() == null ? null : rehearsal().clock().instant();
    }

    /** The rehearsal's own window (tests): null while none is open. */
    Stage rehearsalStage() {
        return rehearsal == null || rehearsal.closed() ? null : rehearsal.stage();
    }

    /** "Rehearse first": pick a scenario, then the same wizard over the practice store and a fresh rehearsal database. */
    private void chooseRehearsal() {
        ChoiceDialog<String> choose = new ChoiceDialog<>(Scenario.BUILT_IN.get(0), Scenario.BUILT_IN);
        choose.setTitle(I18n.t("rehearsal.choose.title"));
        choose.setHeaderText(I18n.t("rehearsal.choose.header"));
        choose.setContentText(I18n.t("rehearsal.choose.body"));
        golive.ui.fx.Dialogs.styled(choose, scene.getRoot(), "rehearsalScenarioDialog");
        choose.showAndWait().ifPresent(scenario -> chooseCart().ifPresent(kind -> openRehearsal(kind, scenario)));
    }

    /** Which cart the practice store speaks; asked only when there is more than one. */
    private java.util.Optional<CartKind> chooseCart() {
        java.util.List<CartKind> kinds = RehearsalSandbox.kinds();
        if (kinds.size() == 1) {
            return java.util.Optional.of(kinds.get(0));
        }
        java.util.Map<String, CartKind> byName = new java.util.LinkedHashMap<>();
        kinds.forEach(k -> byName.put(I18n.t("cart." + k.id()), k));
        ChoiceDialog<String> choose = new ChoiceDialog<>(byName.keySet().iterator().next(), byName.keySet());
        choose.setTitle(I18n.t("rehearsal.choose.title"));
        choose.setHeaderText(I18n.t("rehearsal.chooseCart.header"));
        choose.setContentText(I18n.t("rehearsal.chooseCart.body"));
        golive.ui.fx.Dialogs.styled(choose, scene.getRoot(), "rehearsalCartDialog");
        return choose.showAndWait().map(byName::get);
    }

    /**
     * Opens a rehearsal of the built-in {@code scenario} in a window of its own, its database under
     * {@code rehearsals/} beside the store's; this window keeps its store. One rehearsal at a time:
     * a new one replaces the last.
     */
    void openRehearsal(CartKind kind, String scenario) {
        Path folder = current == null || current.getParent() == null ? DataFolder.folder() : current.getParent();
        RehearsalWindow previous = rehearsal;
        RehearsalWindow next = new RehearsalWindow(theme, background, t -> open(t), stage);
        rehearsal = next;
        if (previous == null) {
            next.start(kind, scenario, folder);
        } else {
            previous.close(() -> next.start(kind, scenario, folder));
        }
    }

    /**
     * Stops the runner, waits in the background until it has finished its page and released the
     * lease (the window says so meanwhile), closes the store, then runs {@code then} on the FX thread.
     */
    private void closeStore(Runnable then) {
        AppWindow w = window;
        Database store = db;
        window = null;
        db = null;
        if (w == null && store == null) {
            then.run();
            return;
        }
        if (w != null) {
            w.stopRunner();
        }
        scene.setRoot(placeholder(I18n.t("app.closing")));
        background.run(null, () -> {
            closeNow(w, store);
            return true;
        }, ok -> then.run(), e -> then.run());
    }

    private static void closeNow(AppWindow w, Database store) {
        if (w != null) {
            w.awaitRunnerEnd();
        }
        if (store != null) {
            store.close();
        }
    }

    @Override
    public void stop() {
        // Platform.exit from elsewhere: whatever is still open closes here, at the very end
        if (window != null) {
            window.stopRunner();
        }
        if (rehearsal != null) {
            rehearsal.closeNow();
        }
        closeNow(window, db);
        background.close();
    }

    /** The store {@code --db} names (an H2 path, or a shared database's URL with its login from the environment). */
    static StoreTarget targetFrom(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).startsWith("--db=")) {
                return StoreTarget.parse(args.get(i).substring(5), System.getenv());
            }
            if (args.get(i).equals("--db") && i + 1 < args.size()) {
                return StoreTarget.parse(args.get(i + 1), System.getenv());
            }
        }
        return new StoreTarget.H2File(DataFolder.defaultDatabase());
    }

    /** The window icons (all sizes, so each desktop picks its own). */
    public static void icons(Stage stage) {
        for (int size : ICON_SIZES) {
            var in = GoLiveApp.class.getResourceAsStream("/golive/ui/icons/golive-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }

    static StackPane placeholder(String text) {
        Label l = Nodes.text("loading", null, "gl-lead");
        l.setText(text);
        StackPane p = new StackPane(l);
        p.getStyleClass().add("gl-placeholder");
        return p;
    }
}
