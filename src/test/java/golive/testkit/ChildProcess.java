package golive.testkit;

import golive.crash.KillPoint;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in a JVM of its own ({@code golive.Main} on this test's class path), its
 * output collected, and a kill -9 when it reaches a named {@link KillPoint}.
 */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<String> said = new ArrayList<>();
    private final CountDownLatch atKillPoint = new CountDownLatch(1);
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code golive <args>} with {@code -D} properties ({@code name=value}). */
    public static ChildProcess start(List<String> properties, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        properties.forEach(p -> cmd.add("-D" + p));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "golive.Main"));
        cmd.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits until the child says it stands at its kill point, then sends SIGKILL and waits for it to die. */
    public void killAtPoint(long seconds) throws InterruptedException {
        boolean reached = atKillPoint.await(seconds, TimeUnit.SECONDS);
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no lease release, no rollback
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
        if (!reached) {
            throw new AssertionError("the child never reached its kill point in " + seconds + " s; it said:\n" + output());
        }
    }

    /** Waits for the child to end by itself. @return its exit code */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end in " + seconds + " s; it said:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    public synchronized String output() {
        return String.join("\n", said);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (this) {
                    said.add(line);
                }
                if (line.startsWith(KillPoint.SAID)) {
                    atKillPoint.countDown();
                }
            }
        } catch (IOException ended) {
            // the child was killed
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
