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
        ZoneId.of(zone);
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
        try {
            return JSON.readValue(file.toFile(), Scenario.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("scenario file " + file + " line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("scenario file " + file + ": " + e.getMessage(), e);
        }
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** Where the store clock starts: {@code start} in the store's zone, or now (whole minutes). */
    public Instant startInstant(Instant now) {
        return start == null ? now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) : start.atZone(zoneId()).toInstant();
    }
}
