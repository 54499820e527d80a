package golive.ui.steps;

import golive.i18n.Messages;
import golive.launch.InvalidInput;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.launch.WallTime;
import golive.ui.fx.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A date, a time and a zone as a person types them, resolved to an exact instant by the engine's
 * {@link WallTime}: a time the zone skips is refused with the engine's message, one it repeats
 * offers the two offsets to choose from. Pure (no I/O); FX thread only.
 */
public final class WhenModel {
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("00:00");
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<ZoneOffset> offset = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ZonedDateTime> resolved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<ZoneOffset> offsets = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public WhenModel() {
        date.addListener((o, a, b) -> resolve());
        time.addListener((o, a, b) -> resolve());
        zone.addListener((o, a, b) -> resolve());
        offset.addListener((o, a, b) -> resolve());
    }

    /** Shows {@code at} as the zone's wall time (a stored value), or clears to {@code zoneId} defaults. */
    public void set(Instant at, ZoneId z) {
        ZonedDateTime t = at.atZone(z);
        zone.set(z.getId());
        date.set(t.toLocalDate());
        time.set(t.toLocalTime().getSecond() == 0 ? t.toLocalTime().toString().substring(0, 5) : t.toLocalTime().toString());
        offset.set(z.getRules().getValidOffsets(t.toLocalDateTime()).size() > 1 ? t.getOffset() : null);
        resolve();
    }

    private void resolve() {
        offsets.clear();
        if (date.get() == null || zone.get() == null || zone.get().isBlank()) {
            fail(I18n.t("when.incomplete"));
            return;
        }
        LocalTime t;
        try {
            t = LocalTime.parse(time.get() == null ? "" : time.get().strip());
        } catch (DateTimeParseException e) {
            fail(Messages.inWindow(Problem.of(ProblemCode.BAD_DATE_TIME, date.get() + "T" + time.get())));
            return;
        }
        try {
            ZoneId z = WallTime.zoneOf(zone.get().strip());
            LocalDateTime local = LocalDateTime.of(date.get(), t);
            List<ZoneOffset> valid = z.getRules().getValidOffsets(local);
            if (valid.size() > 1) {
                offsets.setAll(valid); // the engine needs one of these to resolve a repeated hour
            }
            ZoneOffset chosen = offset.get() != null && valid.contains(offset.get()) ? offset.get() : null;
            resolved.set(WallTime.resolve(local, z, chosen));
            problem.set("");
        } catch (InvalidInput e) {
            Problem p = e.problem();
            // the engine's words, minus the CLI's "--offset": here the two offsets are offered as choices
            fail(p.code() == ProblemCode.TIME_AMBIGUOUS ? I18n.t("when.ambiguous", p.args().toArray()) : Messages.inWindow(p));
        }
    }

    private void fail(String message) {
        resolved.set(null);
        problem.set(message);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ObjectProperty<ZoneOffset> offsetProperty() {
        return offset;
    }

    /** The exact instant with its zone, or null while the input is incomplete or refused. */
    public ReadOnlyObjectProperty<ZonedDateTime> resolvedProperty() {
        return resolved.getReadOnlyProperty();
    }

    /** The engine's message for what is wrong with the input; empty when it resolves. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The two offsets of a repeated (fall-back) hour; empty otherwise. */
    public ReadOnlyListProperty<ZoneOffset> offsetsProperty() {
        return offsets.getReadOnlyProperty();
    }
}
