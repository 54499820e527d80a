package golive.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import golive.cart.CartException;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.Refusal;

import java.time.Instant;
import java.util.List;

/**
 * The runner's answer to a request from another process, as JSON in {@code sync_request.answer}:
 * the run's summary or the counts of one order, or the failure, rebuilt on the caller's side as
 * the exception a local import would have thrown (so the CLI's exit codes do not depend on who ran it).
 */
record RunnerAnswer(Summary result, SyncCounts counts, Failure error) {

    record Summary(long runId, Instant since, Instant startedAt, Instant finishedAt, SyncCounts counts, Instant watermark,
                   Long cartCount, long distinctRead) {
    }

    /**
     * {@code kind}: refusal, invalid, rejected, incomplete, unavailable, cart or internal;
     * {@code audited}: a refusal the runner already audited (its run stopped mid-way).
     */
    record Failure(String kind, List<Problem> problems, Integer status, String message, boolean audited) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static RunnerAnswer of(SyncResult r) {
        return new RunnerAnswer(new Summary(r.runId(), r.since(), r.startedAt(), r.finishedAt(), r.counts(), r.watermark(),
                r.cartCount(), r.distinctRead()), null, null);
    }

    static RunnerAnswer of(SyncCounts counts) {
        return new RunnerAnswer(null, counts, null);
    }

    static RunnerAnswer of(RuntimeException e) {
        Failure f;
        if (e instanceof Refusal r) {
            f = new Failure("refusal", r.problems(), null, null, r.audited());
        } else if (e instanceof InvalidInput i) {
            f = new Failure("invalid", List.of(i.problem()), null, null, false);
        } else if (e instanceof CartException.Rejected r) {
            f = new Failure("rejected", null, r.status(), r.getMessage(), false);
        } else if (e instanceof CartException.Incomplete) {
            f = new Failure("incomplete", null, null, e.getMessage(), false);
        } else if (e instanceof CartException.Unavailable) {
            f = new Failure("unavailable", null, null, e.getMessage(), false);
        } else if (e instanceof CartException) {
            f = new Failure("cart", null, null, e.getMessage(), false);
        } else if (e instanceof IllegalArgumentException) {
            f = new Failure("argument", null, null, e.getMessage(), false);
        } else {
            f = new Failure("internal", null, null, String.valueOf(e.getMessage()), false);
        }
        return new RunnerAnswer(null, null, f);
    }

    /** @throws RuntimeException the failure, as a local import would have thrown it */
    SyncResult resultOrThrow() {
        throwIfFailed();
        Summary s = result;
        return new SyncResult(s.runId(), false, s.since(), s.startedAt(), s.finishedAt(), s.counts(), s.watermark(), List.of(),
                s.cartCount(), s.distinctRead());
    }

    SyncCounts countsOrThrow() {
        throwIfFailed();
        return counts;
    }

    private void throwIfFailed() {
        if (error == null) {
            return;
        }
        throw switch (error.kind()) {
            case "refusal" -> refusal();
            case "invalid" -> new InvalidInput(error.problems().get(0));
            case "rejected" -> new CartException.Rejected(error.status(), error.message());
            case "incomplete" -> new CartException.Incomplete(error.message());
            case "unavailable" -> new CartException.Unavailable(error.message(), null);
            case "cart" -> new CartException(error.message());
            case "argument" -> new IllegalArgumentException(error.message());
            default -> new IllegalStateException("the runner failed: " + error.message());
        };
    }

    private Refusal refusal() {
        Refusal r = new Refusal(error.problems());
        if (error.audited()) {
            r.markAudited();
        }
        return r;
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunnerAnswer parse(String json) {
        try {
            return JSON.readValue(json, RunnerAnswer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the runner's answer is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
