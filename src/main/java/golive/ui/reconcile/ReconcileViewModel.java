package golive.ui.reconcile;

import golive.launch.ProblemCode;
import golive.launch.Refusal;
import golive.launch.WallTime;
import golive.reconcile.Acknowledgements;
import golive.reconcile.Bucket;
import golive.reconcile.MissingImport;
import golive.reconcile.Reconciler;
import golive.reconcile.Reconciliation;
import golive.reconcile.Timeline;
import golive.report.GoLiveHtml;
import golive.report.GoLivePdf;
import golive.report.GoLiveReport;
import golive.report.ReconciliationReport;
import golive.store.ReconciliationStore;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Reconcile view's state over {@link Reconciler}: the latest reconciliation (its verdict, the
 * count of every bucket, the timeline), the cart's orders of the bucket chosen to be shown, and
 * the actions on them: reconcile now, import what is missing, acknowledge, save the go-live report.
 * Every engine call runs in the background; FX thread only.
 */
public final class ReconcileViewModel {
    /** What the order table shows: the orders that fail first, every cart order, one bucket, or needs attention. */
    public static final String NEEDS_A_LOOK = "needs-a-look";
    public static final String ALL = "all";
    public static final String ATTENTION = "attention";

    /** One bucket's size as shown; {@code fails} is said in words by the view. */
    public record BucketCount(Bucket bucket, long all, long acknowledged) {
    }

    /** Every bucket as shown: those that fail first (as the reports list them), then what is accounted for. */
    private static final List<Bucket> ORDER = java.util.stream.Stream.concat(ReconciliationReport.LIST_ORDER.stream(),
            java.util.stream.Stream.of(Bucket.MIGRATED, Bucket.SYNCED, Bucket.EXCLUDED)).toList();

    private final WizardViewModel wizard;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper window = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> clean = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneOffset.UTC);
    private final ReadOnlyObjectWrapper<OrderRow> confirmation = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> show = new SimpleObjectProperty<>(NEEDS_A_LOOK);
    private final ObservableList<BucketCount> counts = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private Reconciliation latest;

    public ReconcileViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        show.addListener((o, a, b) -> loadRows());
    }

    /** What can be shown in the table, in the order the filter offers it: what fails first. */
    public static List<String> shows() {
        List<String> out = new ArrayList<>(List.of(NEEDS_A_LOOK, ALL));
        ORDER.forEach(b -> out.add(b.id()));
        out.add(ATTENTION);
        return out;
    }

    /** Shows the latest reconciliation, if there is one (opening the view reads nothing from the cart). */
    public void load() {
        error.set("");
        var c = wizard.cutover();
        wizard.background().run(busy, () -> new Loaded(c.storeZone().orElse(ZoneOffset.UTC), new Reconciler(c).latest()),
                this::present, e -> error.set(UserError.of(e)));
    }

    /** Reads the cart live and decides every order's bucket again. */
    public void reconcile() {
        reconcile(null);
    }

    private void reconcile(String before) {
        error.set("");
        outcome.set(before == null ? "" : before);
        progress.set(I18n.t("reconcile.progress.reading"));
        var c = wizard.cutover();
        wizard.background().run(busy, p -> new Loaded(c.storeZone().orElse(ZoneOffset.UTC),
                        Optional.of(new Reconciler(c).run(null, page -> wizard.background().fx().execute(() -> progress.set(page))))),
                null, l -> {
                    progress.set("");
                    present(l);
                    wizard.refresh();
                }, e -> {
                    progress.set("");
                    error.set(UserError.of(e));
                });
    }

    /** Imports every missing order at or after 'Import Orders from', then reconciles again to show them synced. */
    public void importMissing() {
        error.set("");
        var c = wizard.cutover();
        wizard.background().run(busy, () -> new MissingImport(c).importAll(), done -> reconcile(I18n.t("reconcile.imported.all",
                done.stream().filter(o -> o.result().equals("imported")).count())), e -> error.set(UserError.of(e)));
    }

    /**
     * Imports one missing order. One created before 'Import Orders from' is refused by the engine
     * until a person confirms it: {@link #confirmationProperty()} then asks, and
     * {@link #importConfirmed} answers with the reason.
     */
    public void importOne(OrderRow row) {
        importOne(row, null);
    }

    public void importConfirmed(OrderRow row, String reason) {
        confirmation.set(null);
        importOne(row, reason);
    }

    private void importOne(OrderRow row, String reason) {
        error.set("");
        var c = wizard.cutover();
        wizard.background().run(busy, () -> new MissingImport(c).importOne(row.cartOrderId(), reason),
                o -> reconcile(I18n.t("reconcile.imported.one", o.number(), o.result())), e -> {
                    if (e instanceof Refusal r && r.problems().stream().anyMatch(p -> p.code() == ProblemCode.CONFIRMATION_REQUIRED)) {
                        confirmation.set(row);
                    } else {
                        error.set(UserError.of(e));
                    }
                });
    }

    /** The person chose not to import the order before 'Import Orders from'. */
    public void cancelConfirmation() {
        confirmation.set(null);
    }

    /** Records that a person handled {@code row} by hand (audited); it no longer fails the reconciliation. */
    public void acknowledge(OrderRow row, String reason) {
        error.set("");
        var c = wizard.cutover();
        wizard.background().run(busy, () -> {
            new Acknowledgements(c).acknowledge(row.ackKind(), row.ref(), reason);
            return new Loaded(c.storeZone().orElse(ZoneOffset.UTC), new Reconciler(c).latest());
        }, l -> {
            outcome.set(I18n.t("reconcile.acknowledged", row.number()));
            present(l);
        }, e -> error.set(UserError.of(e)));
    }

    /** Writes the go-live report of the latest reconciliation: PDF when the name ends in .pdf, else one HTML file. */
    public void saveReport(Path file) {
        if (latest == null) {
            return;
        }
        error.set("");
        Reconciliation r = latest;
        var c = wizard.cutover();
        boolean pdf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        wizard.background().run(busy, () -> {
            GoLiveReport report = GoLiveReport.of(c, r);
            Files.write(file, pdf ? GoLivePdf.render(report) : GoLiveHtml.render(report));
            return file;
        }, f -> outcome.set(I18n.t("reconcile.report.saved", f.toAbsolutePath())), e -> error.set(UserError.of(e)));
    }

    private record Loaded(ZoneId zone, Optional<Reconciliation> reconciliation) {
    }

    private void present(Loaded l) {
        zone.set(l.zone());
        latest = l.reconciliation().orElse(null);
        if (latest == null) {
            clean.set(null);
            verdict.set(I18n.t("reconcile.verdict.none"));
            window.set("");
            counts.clear();
            rows.clear();
            timeline.set(null);
            return;
        }
        clean.set(latest.clean());
        verdict.set(latest.clean() ? I18n.t("reconcile.verdict.clean") : I18n.t("reconcile.verdict.notClean",
                counts(latest).stream().filter(b -> b.bucket().fails() && b.all() > b.acknowledged())
                        .map(b -> I18n.t("reconcile.verdict.part", b.all() - b.acknowledged(), b.bucket().label()))
                        .reduce((a, b) -> a + ", " + b).orElse("")));
        ReconciliationStore.Run run = latest.run();
        window.set(I18n.t("reconcile.window", run.cartOrders(), WallTime.show(run.from(), l.zone()), WallTime.show(run.to(), l.zone()),
                WallTime.show(run.finishedAt(), l.zone())));
        counts.setAll(counts(latest));
        loadRows();
        Reconciliation r = latest;
        var c = wizard.cutover();
        wizard.background().run(null, () -> Timeline.of(c, r), timeline::set, e -> timeline.set(null));
    }

    private static List<BucketCount> counts(Reconciliation r) {
        return ORDER.stream().map(b -> new BucketCount(b, r.count(b).all(), r.count(b).acknowledged())).toList();
    }

    /** The rows of the chosen bucket: from the reconciliation's lists, or read for the buckets it does not list. */
    private void loadRows() {
        Reconciliation r = latest;
        String which = show.get();
        if (r == null || which == null) {
            rows.clear();
            return;
        }
        ZoneId z = zone.get();
        boolean listed = !ALL.equals(which) && !Bucket.MIGRATED.id().equals(which) && !Bucket.SYNCED.id().equals(which)
                && !Bucket.EXCLUDED.id().equals(which);
        if (listed) {
            rows.setAll(rows(r, which, z));
            return;
        }
        var c = wizard.cutover();
        String bucket = ALL.equals(which) ? null : which;
        wizard.background().run(busy, () -> c.database().read(conn -> new ReconciliationStore()
                        .cartOrders(conn, r.run().id(), bucket, Reconciler.LIST_LIMIT)).stream().map(x -> OrderRow.cart(x, z)).toList(),
                list -> {
                    if (which.equals(show.get())) {
                        rows.setAll(list);
                    }
                }, e -> error.set(UserError.of(e)));
    }

    private static List<OrderRow> rows(Reconciliation r, String which, ZoneId zone) {
        List<OrderRow> out = new ArrayList<>();
        if (ATTENTION.equals(which)) {
            r.attention().forEach(a -> out.add(OrderRow.attention(a, zone)));
            return out;
        }
        for (Bucket b : ReconciliationReport.LIST_ORDER) {
            if (NEEDS_A_LOOK.equals(which) ? b.fails() : b.id().equals(which)) {
                if (b.storeSide()) {
                    r.storeOrders().getOrDefault(b, List.of()).forEach(s -> out.add(OrderRow.store(s, b, zone)));
                } else {
                    r.cartOrders().getOrDefault(b, List.of()).forEach(x -> out.add(OrderRow.cart(x, zone)));
                }
            }
        }
        if (NEEDS_A_LOOK.equals(which)) {
            r.attention().stream().filter(a -> a.acknowledged() == null).forEach(a -> out.add(OrderRow.attention(a, zone)));
        }
        return out;
    }

    /** How many orders {@code which} would show, for the filter's labels (null: not counted). */
    public Long countOf(String which) {
        Reconciliation r = latest;
        if (r == null) {
            return null;
        }
        if (ALL.equals(which)) {
            return r.run().cartOrders();
        }
        if (ATTENTION.equals(which)) {
            return (long) r.attention().size();
        }
        if (NEEDS_A_LOOK.equals(which)) {
            return counts(r).stream().filter(b -> b.bucket().fails()).mapToLong(BucketCount::all).sum()
                    + r.attention().stream().filter(a -> a.acknowledged() == null).count();
        }
        return r.count(Bucket.fromId(which)).all();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The cart read's progress while a reconciliation runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action did: imported, acknowledged, report saved. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The reconciled window and when: "412 cart orders created … to …, reconciled …". */
    public ReadOnlyStringProperty windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** True when clean, false when not, null before the first reconciliation. */
    public ReadOnlyObjectProperty<Boolean> cleanProperty() {
        return clean.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The store's time zone: every time shown is in it. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** A missing order created before 'Import Orders from', set while it waits for a person's confirmation with a reason. */
    public ReadOnlyObjectProperty<OrderRow> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ObjectProperty<String> showProperty() {
        return show;
    }

    public ObservableList<BucketCount> counts() {
        return counts;
    }

    public ObservableList<OrderRow> rows() {
        return rows;
    }
}
