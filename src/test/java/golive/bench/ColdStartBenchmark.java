package golive.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cold start to the first window shown: the real app ({@code golive.Main}, on a fresh data folder:
 * a new {@code user.home} each start) against an empty JavaFX window, both children of this test
 * started the same way ({@link FirstWindowProbe}: same java, flags, class path and JavaFX), timed
 * from just before the process starts to the probe's line on its stdout. One warm-up each, then
 * {@value #ROUNDS} alternating rounds; medians. Under one Xvfb server started here when there is
 * one, else Monocle headless for both (the BENCH line says which). Run by hand:
 * {@code mvn -B -o test -Pbench -Dtest=ColdStartBenchmark}. Asserts that both windows appear, never time.
 */
@Tag("bench")
class ColdStartBenchmark {
    static final int ROUNDS = 7;
    static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");

    @TempDir
    Path dir;

    @Test
    void firstWindowAgainstAnEmptyJavaFxWindow() throws Exception {
        String load0 = Files.readString(Path.of("/proc/loadavg")).strip();
        Process xvfb = xvfb();
        try {
            String display = xvfb == null ? null : ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(),
                    StandardCharsets.UTF_8)).readLine().strip();
            List<String> flags = display == null ? MONOCLE : List.of();
            start("empty", flags, display, "warm-empty");
            start("app", flags, display, "warm-app");
            List<Double> empty = new ArrayList<>();
            List<Double> app = new ArrayList<>();
            List<Double> ready = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                empty.add(start("empty", flags, display, "empty-" + round)[0]);
                double[] a = start("app", flags, display, "app-" + round);
                app.add(a[0]);
                ready.add(a[1]);
                System.out.printf("  round %d: empty %.0f ms, app %.0f ms (wizard on screen %.0f ms)%n", round + 1, empty.get(round),
                        a[0], a[1]);
            }
            String load1 = Files.readString(Path.of("/proc/loadavg")).strip();
            double e = median(empty);
            double a = median(app);
            System.out.printf("%nBENCH cold start to first window (%s, %s), median of %d alternating: empty JavaFX window %.0f ms, "
                            + "golive %.0f ms, ratio %.2f (target 1.5); golive's wizard on screen %.0f ms; loadavg %s -> %s%n",
                    display == null ? "Monocle headless" : "Xvfb " + display + " 1366x768x24", Runtime.version(), ROUNDS, e, a, a / e,
                    median(ready), load0, load1);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** One X server for every child, on a display number it picks itself (printed on its stdout); null without Xvfb. */
    private static Process xvfb() throws IOException {
        if (Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            return new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        }
        return null;
    }

    /**
     * One child from just before it starts: [ms to its first window, ms to the wizard (NaN for the empty window)].
     * Each gets a home of its own, so the app finds no data folder, no database and no preferences.
     */
    private double[] start(String which, List<String> flags, String display, String home) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(flags);
        cmd.addAll(List.of("-Duser.home=" + Files.createDirectories(dir.resolve(home)), "-cp", System.getProperty("java.class.path"),
                FirstWindowProbe.class.getName(), which));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("XDG_DATA_HOME");
        if (display != null) {
            env.put("DISPLAY", display);
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        // a child that never shows a window must not hang the read below
        p.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> {
            p.destroyForcibly();
            return p;
        });
        double shown = Double.NaN;
        double ready = Double.NaN;
        StringBuilder said = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                double ms = (System.nanoTime() - t0) / 1e6;
                said.append(line).append('\n');
                if (line.equals(FirstWindowProbe.SHOWN)) {
                    shown = ms;
                } else if (line.equals(FirstWindowProbe.READY)) {
                    ready = ms;
                }
            }
        }
        p.waitFor();
        assertThat(shown).as(which + " never showed a window:\n" + said).isFinite();
        if (which.equals("app")) {
            assertThat(ready).as("the wizard never replaced the placeholder:\n" + said).isFinite();
            assertThat(Files.exists(dir.resolve(home).resolve(".local/share/golive/golive.mv.db"))).as("the fresh default database").isTrue();
        }
        assertThat(p.exitValue()).as(said.toString()).isZero();
        return new double[] {shown, ready};
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
