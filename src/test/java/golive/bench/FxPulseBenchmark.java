package golive.bench;

import golive.domain.CartKind;
import golive.domain.OrderSource;
import golive.launch.Cutover;
import golive.launch.Step;
import golive.store.Database;
import golive.testkit.SandboxCart;
import golive.ui.AppWindow;
import golive.ui.fx.Background;
import golive.ui.steps.openorders.OpenOrdersView;
import golive.ui.theme.Theme;
import golive.ui.theme.UiSettings;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FX thread never blocked: the gaps between FX pulses ({@link PulseGaps}) while the real window
 * ({@link AppWindow}, headless under Monocle, over a file H2 store and a sandbox cart) (a) previews and
 * imports a {@value #FILE_ORDERS}-order open-orders file in step 4, as a person does it (the file chosen,
 * Import pressed once it is enabled), and (b) syncs {@value #CART_ORDERS} importable cart orders in step 6
 * (Start Auto Sync, until the run has finished). Run by hand:
 * {@code mvn -B -o test -Pbench -Dtest=FxPulseBenchmark} ({@code -Dbench.cart=WOOCOMMERCE} for another
 * cart); prints a BENCH line per phase and the FX thread's stack in any pulse over 100 ms late.
 * Asserts the orders written, never time.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class FxPulseBenchmark {
    static final int FILE_ORDERS = 100_000;
    static final int CART_ORDERS = 20_000;
    static final int IDLE_PULSES = 300;
    static final CartKind CART = CartKind.valueOf(System.getProperty("bench.cart", "SHOPIFY"));

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void pulsesDuringALargeImportAndASync() throws Exception {
        Preferences prefs = Preferences.userRoot().node("golive-test/" + UUID.randomUUID());
        Path base = dir.resolve("golive");
        try (SandboxCart cart = new SandboxCart(CART); Database db = Database.open(base)) {
            Cutover cutover = cart.cutover(db);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Instant cutoff = now.minus(Duration.ofDays(3));
            cutover.connect(cart.config());
            assertThat(cutover.test().passed()).isTrue();
            ZoneId zone = cutover.storeZone().orElse(cart.shop.zone());
            cutover.setCutoff(cutoff, zone);
            Path csv = dir.resolve("open-orders.csv");
            // the old system's open orders are the cart's older ones: ids below the shop's, so the sync meets none of them
            long lines = OpenOrdersTemplate.write(csv, FILE_ORDERS, cutoff, zone, 42, OpenOrdersTemplate.SHOP_IDS - 1_000_000_000L);
            CartSyncBenchmark.fillImportable(cart.shop, CART_ORDERS, cutoff, now.minus(Duration.ofMinutes(1)));

            Background background = Background.forFx();
            AppWindow window = onFx(() -> {
                Theme.installUserAgent();
                Theme theme = new Theme(new UiSettings(prefs));
                AppWindow w = new AppWindow(theme, cutover, base, background, t -> { }, () -> { }, null, null);
                Scene scene = new Scene(w.root(), 1280, 800);
                theme.apply(scene);
                stage.setScene(scene);
                stage.show();
                return w;
            });
            try {
                report("the window idle on step 4 (the floor)", idlePhase(window));
                report("step 4 preview + import of " + String.format("%,d", FILE_ORDERS) + " orders / " + String.format("%,d", lines)
                        + " lines", importPhase(window, csv));
                assertThat(cutover.orderCount(OrderSource.MIGRATED)).isEqualTo(FILE_ORDERS);

                cutover.setImportFrom(cutoff, zone, true, true);
                report("step 6 Auto Sync of " + String.format("%,d", CART_ORDERS) + " " + CART + " orders", syncPhase(window));
                assertThat(cutover.orderCount(OrderSource.CART)).as(onFx(() -> window.sync().errorProperty().get()))
                        .isEqualTo(CART_ORDERS);
            } finally {
                onFx(() -> {
                    window.stopRunner();
                    return null;
                });
                window.awaitRunnerEnd();
                background.close(); // before the store closes under a refresh still in flight
            }
        } finally {
            prefs.removeNode();
        }
    }

    /** Step 4 on screen, nothing running: {@value #IDLE_PULSES} pulses of what the headless window costs by itself. */
    private PulseGaps.Figures idlePhase(AppWindow window) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        onFx(() -> window.wizard().refresh(s -> {
            window.wizard().goTo(Step.OPEN_ORDERS);
            shown.countDown();
        }));
        await(shown, 60);
        PulseGaps gaps = new PulseGaps();
        CountDownLatch counted = gaps.after(IDLE_PULSES);
        onFx(gaps::start);
        await(counted, 120);
        return onFx(gaps::stop);
    }

    /** Step 4 (on screen): the file chosen, Import pressed the moment the preview enables it, until the batch is in the wizard's snapshot. */
    private PulseGaps.Figures importPhase(AppWindow window, Path csv) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        PulseGaps gaps = new PulseGaps();
        onFx(() -> {
            OpenOrdersView view = (OpenOrdersView) stage.getScene().lookup("#step-open-orders").getParent();
            Button importFile = (Button) stage.getScene().lookup("#importFile");
            importFile.disabledProperty().addListener((o, was, off) -> {
                if (!off) {
                    importFile.fire();
                }
            });
            window.wizard().snapshotProperty().addListener((o, a, s) -> {
                if (s.done(Step.OPEN_ORDERS)) {
                    done.countDown();
                }
            });
            gaps.start();
            view.choose(csv);
        });
        await(done, 600);
        return onFx(gaps::stop);
    }

    /** Step 6: Start Auto Sync (as the button does), until its first run has finished. */
    private PulseGaps.Figures syncPhase(AppWindow window) throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        onFx(() -> window.wizard().refresh(s -> {
            window.wizard().goTo(Step.AUTO_SYNC);
            ready.countDown();
        }));
        await(ready, 60);
        CountDownLatch finished = new CountDownLatch(1);
        PulseGaps gaps = new PulseGaps();
        onFx(() -> {
            assertThat(window.wizard().readyProperty().get()).as("steps 1-5 done").isTrue();
            window.sync().runInProgressProperty().addListener((o, was, on) -> {
                if (was && !on) {
                    finished.countDown();
                }
            });
            gaps.start();
            window.sync().start();
        });
        await(finished, 900);
        return onFx(gaps::stop);
    }

    private static void report(String phase, PulseGaps.Figures f) {
        System.out.printf("%nBENCH FX pulses during %s: %s; loadavg %s%n", phase, f.line(), loadavg());
        f.stacks().forEach(System.out::println);
    }

    private static String loadavg() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static void await(CountDownLatch latch, long seconds) throws InterruptedException {
        assertThat(latch.await(seconds, TimeUnit.SECONDS)).as("done within " + seconds + " s").isTrue();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(work.call());
            } catch (Throwable e) {
                out.completeExceptionally(e);
            }
        });
        return out.get(60, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
