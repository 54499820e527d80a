package golive.bench;

import javafx.animation.AnimationTimer;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * The gaps between consecutive FX pulses while it runs: an {@link AnimationTimer} (its handle runs
 * once a pulse, on the FX thread) notes each pulse's time, and a watchdog thread takes the FX
 * thread's stack whenever a pulse is {@value #LATE_MS} ms late, so a long gap says what held the thread.
 * {@link #start()} and {@link #stop()} on the FX thread.
 */
final class PulseGaps {
    static final long LATE_MS = 100;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                record(now - last);
            }
            last = now;
            lastPulse = System.nanoTime();
            if (count == stopAfter) {
                counted.countDown();
            }
        }
    };
    private int stopAfter = -1;
    private final CountDownLatch counted = new CountDownLatch(1);
    private long last;
    private long[] gaps = new long[4096];
    private int count;
    private volatile long lastPulse;
    private volatile boolean running;
    /** Where the FX thread stood in each late pulse (its top frames), with how many late pulses found it there. */
    private final Map<String, Integer> lateStacks = new LinkedHashMap<>();
    private long gcMillis0;
    private long rendererNanos0;

    /** Counted down once {@code gaps} gaps are recorded (call before {@link #start()}). */
    CountDownLatch after(int gaps) {
        stopAfter = gaps;
        return counted;
    }

    void start() {
        Thread fx = Thread.currentThread();
        gcMillis0 = gcMillis();
        rendererNanos0 = rendererNanos();
        lastPulse = System.nanoTime();
        running = true;
        timer.start();
        Thread watchdog = new Thread(() -> watch(fx), "pulse-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** @return the figures since {@link #start()} */
    Figures stop() {
        timer.stop();
        running = false;
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        long over = Arrays.stream(sorted).filter(g -> g > LATE_MS * 1_000_000).count();
        synchronized (lateStacks) {
            return new Figures(count + 1, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, over, gcMillis() - gcMillis0,
                    (rendererNanos() - rendererNanos0) / 1_000_000, new LinkedHashMap<>(lateStacks));
        }
    }

    private void record(long gap) {
        if (count == gaps.length) {
            gaps = Arrays.copyOf(gaps, count * 2);
        }
        gaps[count++] = gap;
    }

    /** Every 10 ms: a pulse overdue by {@link #LATE_MS} gets one sample of the FX thread's stack. */
    private void watch(Thread fx) {
        long sampledFor = 0;
        while (running) {
            LockSupport.parkNanos(10_000_000);
            long at = lastPulse;
            if (at != sampledFor && System.nanoTime() - at > LATE_MS * 1_000_000) {
                sampledFor = at;
                String top = String.join("\n      ", Arrays.stream(fx.getStackTrace()).limit(14).map(String::valueOf).toList());
                synchronized (lateStacks) {
                    lateStacks.merge(top, 1, Integer::sum);
                }
            }
        }
    }

    /** CPU time of JavaFX's render thread: a pulse waits for the previous frame to be drawn (software, under Monocle). */
    private static long rendererNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getId()))).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * Pulses seen, the longest and the 99th-percentile gap in ms, gaps over {@link #LATE_MS} ms, GC time
     * and the render thread's CPU time meanwhile, the late stacks.
     */
    record Figures(long pulses, double maxMs, double p99Ms, long late, long gcMs, long rendererMs, Map<String, Integer> lateStacks) {
        String line() {
            return String.format("%,d pulses, max gap %.1f ms, p99 %.1f ms, %d gaps over %d ms (GC %,d ms, render thread %,d ms CPU meanwhile)",
                    pulses, maxMs, p99Ms, late, LATE_MS, gcMs, rendererMs);
        }

        List<String> stacks() {
            List<String> out = new ArrayList<>();
            lateStacks.forEach((stack, n) -> out.add("  late pulse x" + n + ", FX thread at:\n      " + stack));
            return out;
        }
    }
}
