package golive.ui;

import golive.testkit.Launchpad;
import golive.ui.fx.Background;
import golive.ui.theme.Theme;
import golive.ui.theme.UiSettings;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The wizard window over the Shopify-like sandbox and an in-memory H2 store (Launchpad), in a
 * TestFX stage, with its own preferences node (zoom, contrast) that is removed afterwards.
 */
final class UiRig implements AutoCloseable {
    final Launchpad pad = Launchpad.inMemory();
    final Background background = Background.forFx();
    final Preferences prefs = Preferences.userRoot().node("golive-test/" + UUID.randomUUID());
    final Theme theme;
    final AppWindow window;
    final Scene scene;
    /** The practice store behind the rehearsal band, when the window is in rehearsal mode. */
    private final golive.rehearsal.RehearsalSandbox practice;
    private final golive.ui.rehearsal.RehearsalPanel band;

    UiRig(Stage stage, double width, double height) {
        this(stage, width, height, null);
    }

    /**
     * From a test thread: the window, in rehearsal mode as a rehearsal shows it — the rehearsal
     * band (over a practice store of its own, started here off the FX thread) above the same
     * wizard, which stays on this rig's store.
     */
    static UiRig open(Stage stage, double width, double height, boolean rehearsal) {
        golive.rehearsal.RehearsalSandbox practice = rehearsal ? golive.rehearsal.RehearsalSandbox.inMemory(golive.domain.CartKind.SHOPIFY,
                golive.sandbox.Scenario.load("quiet-store"), 60, Launchpad.fastHttp()) : null;
        return onFx(() -> new UiRig(stage, width, height, practice));
    }

    private UiRig(Stage stage, double width, double height, golive.rehearsal.RehearsalSandbox practice) {
        Theme.installUserAgent();
        theme = new Theme(new UiSettings(prefs));
        this.practice = practice;
        boolean rehearsal = practice != null;
        band = rehearsal ? new golive.ui.rehearsal.RehearsalPanel(practice, background) : null;
        window = new AppWindow(theme, pad.cutover, null, background, p -> { }, () -> { }, null, band);
        scene = new Scene(window.root(), width, height);
        theme.apply(scene);
        stage.setScene(scene);
        GoLiveApp.icons(stage);
        stage.show();
        stage.toFront();
    }

    /** Waits (processing FX events) until {@code condition} holds on the FX thread. */
    static void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX thread did not answer within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (err.get() != null) {
            throw new IllegalStateException(err.get());
        }
        return out.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void fx(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the step (or rail) so {@code query}'s node is in view, then clicks it. */
    static void click(org.testfx.api.FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        fx(() -> reveal(n));
        robot.clickOn(n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void reveal(Node n) {
        Node p = n.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            Node content = sp.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double h = content.getLayoutBounds().getHeight(); // the scroll range: not the shadows' bounds
            double v = sp.getViewportBounds().getHeight();
            if (h > v) {
                sp.setVvalue(Math.max(0, Math.min(b.getMinY() - 40, h - v)) / (h - v));
            }
            sp.layout();
        }
    }

    /** The scene (or {@code node}) as a PNG. */
    static void snapshot(Node node, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = onFx(() -> node.snapshot(null, null));
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        fx(window::stopRunner);
        window.awaitRunnerEnd();
        background.close();
        pad.close();
        if (practice != null) {
            fx(band::dispose);
            practice.close();
        }
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
