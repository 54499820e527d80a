package golive.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A rehearsal scenario: how a store behaves around its cut-over, on the store's clock. Loaded
 * from JSON (built-ins in {@code golive/sandbox/scenarios/}, or a file a support person wrote;
 * the README documents every field). All minutes are store minutes from {@code start}.
 *
 * @param start           local date-time in {@code zone} where the store clock starts; null: now
 * @param importFromShift 'Import Orders from' minus the cut-off, in minutes (negative: overlap, positive: gap)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Scenario(
        String name,
        String description,
        String zone,
        String currency,
        long seed,
        LocalDateTime start,
        int cutoffAfterMinutes,
        int importFromShift,
        int durationMinutes,
        int syncEveryMinutes,
        int historyOrders,
        int historyHours,
        List<Traffic> traffic,
        boolean orderAtCutoff,
        boolean orderAtImportFrom,
        Changes changes,
        List<FaultAt> faults) {

    /** Orders per store hour between two minutes. */
    public record Traffic(int fromMinute, int toMinute, double ordersPerHour) {
    }

    /** What happens to orders after they are placed: percentages of new orders, after a delay. */
    public record Changes(int fulfilPercent, int cancelPercent, int refundPercent, int afterMinutes) {
    }

    /**
     * A fault at a store minute: {@code kind} is 429, 5xx (503), slow, truncated, unreachable or revoke;
     * {@code count} requests for the first four, {@code forMinutes} for the last two.
     */
    public record FaultAt(int atMinute, String kind, int count, int forMinutes, int millis) {
    }

    public static final List<String> BUILT_IN = List.of("quiet-store", "black-friday", "flaky-network", "timezone-trap");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Scenario {
        traffic = traffic == null ? List.of() : List.copyOf(traffic);
        faults = faults == null ? List.of() : List.copyOf(faults);
        changes = changes == null ? new Changes(0, 0, 0, 30) : changes;
        if (durationMinutes <= cutoffAfterMinutes || cutoffAfterMinutes < 0) {
            throw new IllegalArgumentException("durationMinutes must be after cutoffAfterMinutes");
        }
        if (syncEveryMinutes <= 0) {
            throw new IllegalArgumentException("syncEveryMinutes must be at least 1");
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone is missing; expected an IANA zone such as America/New_York");
        }
        ZoneId.of(zone);
        // a rehearsal holds its whole shop in memory: bounds keep a typo from filling it
        within("historyOrders", historyOrders, MAX_ORDERS);
        within("historyHours", historyHours, 24 * 366);
        for (int i = 0; i < traffic.size(); i++) {
            Traffic t = traffic.get(i);
            within("traffic[" + i + "].fromMinute", t.fromMinute(), Integer.MAX_VALUE);
            if (t.toMinute() <= t.fromMinute()) {
                throw new IllegalArgumentException("traffic[" + i + "].toMinute must be after its fromMinute");
            }
            if (!(t.ordersPerHour() >= 0 && t.ordersPerHour() <= MAX_ORDERS)) {
                throw new IllegalArgumentException("traffic[" + i + "].ordersPerHour must be from 0 to " + MAX_ORDERS + ", not " + t.ordersPerHour());
            }
        }
        within("changes.fulfilPercent", changes.fulfilPercent(), 100);
        within("changes.cancelPercent", changes.cancelPercent(), 100);
        within("changes.refundPercent", changes.refundPercent(), 100);
        within("changes.afterMinutes", changes.afterMinutes(), Integer.MAX_VALUE);
        for (int i = 0; i < faults.size(); i++) {
            FaultAt f = faults.get(i);
            if (!FAULT_KINDS.contains(f.kind())) {
                throw new IllegalArgumentException("faults[" + i + "].kind '" + f.kind() + "' is unknown; expected one of " + FAULT_KINDS);
            }
            within("faults[" + i + "].atMinute", f.atMinute(), Integer.MAX_VALUE);
            within("faults[" + i + "].count", f.count(), 100_000);
            within("faults[" + i + "].forMinutes", f.forMinutes(), Integer.MAX_VALUE);
            within("faults[" + i + "].millis", f.millis(), 60_000);
        }
    }

    /** The most orders a scenario may place in its history, or in an hour. */
    public static final int MAX_ORDERS = 100_000;
    /** The fault kinds a scenario may name (see {@link FaultAt}). */
    public static final List<String> FAULT_KINDS = List.of("429", "5xx", "slow", "truncated", "unreachable", "revoke");

    private static void within(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be from 0 to " + max + ", not " + value);
        }
    }

    /** A built-in by name, or a JSON file by path. @throws IllegalArgumentException saying what is wrong */
    public static Scenario load(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            try (InputStream in = Scenario.class.getResourceAsStream("scenarios/" + nameOrFile + ".json")) {
                return JSON.readValue(in, Scenario.class);
            } catch (IOException e) {
                throw new IllegalStateException("built-in scenario " + nameOrFile + " is unreadable", e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no built-in scenario or file '" + nameOrFile + "'; built in: " + BUILT_IN);
        }
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + ": " + Files.size(file) + " bytes; a scenario is a small JSON file (at most "
                        + MAX_FILE_BYTES + ")");
            }
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": the file is not UTF-8; save it as UTF-8", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return JSON.readValue(text, Scenario.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(ScenarioFileProblem.describe(file.toString(), text, e), e);
        }
    }

    private static final long MAX_FILE_BYTES = 1_000_000;

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** Where the store clock starts: {@code start} in the store's zone, or now (whole minutes). */
    public Instant startInstant(Instant now) {
        return start == null ? now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) : start.atZone(zoneId()).toInstant();
    }
}
