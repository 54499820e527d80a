package golive.ui;

import golive.cart.http.HttpSettings;
import golive.domain.CartKind;
import golive.rehearsal.RehearsalSandbox;
import golive.sandbox.Scenario;
import golive.ui.fx.Background;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.rehearsal.RehearsalPanel;
import golive.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A rehearsal in a window of its own, over its practice store and its own database, so the real
 * store's window stays as it was. Closing it stops its runner, then its sandbox and database,
 * off the FX thread. FX thread only.
 */
final class RehearsalWindow {
    private final Stage stage = new Stage();
    private final Scene scene;
    private final Theme theme;
    private final Background background;
    private final Consumer<golive.store.StoreTarget> openInMain;
    private RehearsalSandbox box;
    private RehearsalPanel panel;
    private AppWindow window;
    private boolean closed;

    /** @param openInMain File › Open here opens that store in the main window */
    RehearsalWindow(Theme theme, Background background, Consumer<golive.store.StoreTarget> openInMain, Window near) {
        this.theme = theme;
        this.background = background;
        this.openInMain = openInMain;
        scene = new Scene(GoLiveApp.placeholder(I18n.t("rehearsal.starting")), near.getWidth(), near.getHeight());
        theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(I18n.t("rehearsal.choose.title"));
        GoLiveApp.icons(stage);
        stage.setX(near.getX());
        stage.setY(near.getY());
        stage.setOnCloseRequest(e -> {
            e.consume();
            close(() -> { });
        });
    }

    /** Starts the practice store of {@code scenario} speaking {@code kind}, its database under {@code folder/rehearsals/}. */
    void start(CartKind kind, String scenario, Path folder) {
        stage.show();
        background.run(null, () -> RehearsalSandbox.start(kind, Scenario.load(scenario), 60, folder, HttpSettings.defaults()), started -> {
            if (closed) { // closed while it was starting
                background.run(null, () -> {
                    started.close();
                    return true;
                }, ok -> { }, e -> { });
                return;
            }
            box = started;
            panel = new RehearsalPanel(started, background);
            window = new AppWindow(theme, started.cutover(), started.databasePath(), background, openInMain, () -> close(() -> { }), null, panel);
            window.wizard().proposeCutoff(started.player().cutoff()); // step 3 proposes the scenario's cut-off
            AppWindow w = window;
            panel.onVerdict(() -> {
                w.showReconcile();
                w.reconcile().reconcile();
            });
            stage.setTitle(I18n.t("rehearsal.window.title", scenario));
            scene.setRoot(w.root());
        }, e -> scene.setRoot(GoLiveApp.placeholder(I18n.t("rehearsal.failed", UserError.of(e)))));
    }

    /** The practice store (tests): null until it has started. */
    RehearsalSandbox sandbox() {
        return box;
    }

    Stage stage() {
        return stage;
    }

    boolean closed() {
        return closed;
    }

    /** Stops the runner, closes the sandbox and its database in the background, hides the window, then runs {@code then}. */
    void close(Runnable then) {
        if (closed) {
            then.run();
            return;
        }
        closed = true;
        AppWindow w = window;
        RehearsalSandbox b = box;
        if (w != null) {
            w.stopRunner();
        }
        if (panel != null) {
            panel.dispose();
        }
        scene.setRoot(GoLiveApp.placeholder(I18n.t("app.closing")));
        background.run(null, () -> {
            closeNow(w, b);
            return true;
        }, ok -> {
            stage.hide();
            then.run();
        }, e -> {
            stage.hide();
            then.run();
        });
    }

    /** Blocking: what {@link #close} does in the background (the application's last moment). */
    void closeNow() {
        closed = true;
        if (window != null) {
            window.stopRunner();
        }
        closeNow(window, box);
    }

    private static void closeNow(AppWindow w, RehearsalSandbox b) {
        if (w != null) {
            w.awaitRunnerEnd();
        }
        if (b != null) {
            b.close(); // closes its own database
        }
    }
}
