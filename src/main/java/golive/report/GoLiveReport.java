package golive.report;

import golive.cart.CartConfig;
import golive.cart.Lifecycle;
import golive.launch.Cutover;
import golive.launch.WallTime;
import golive.reconcile.Reconciliation;
import golive.reconcile.Timeline;
import golive.store.AuditLog;
import golive.store.PlanStore;
import golive.store.SyncStateStore;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the go-live report says, in sections of lines, for the HTML and the PDF alike: the store and
 * cart, the settings, who did what and when (the audit log, oldest first), the reconciliation with
 * its lists, and the timeline picture. Built from the engine's stores; the cart's secrets are never
 * read into it (only its kind, URL and shop), and the audit log never holds one. Blocking.
 */
public record GoLiveReport(String title, Instant generatedAt, ZoneId zone, String verdict, List<Section> sections, byte[] timelinePng) {
    /** The most audit entries the report carries (the newest are kept; the log itself keeps all). */
    static final int AUDIT_LIMIT = 5000;

    /** A titled block of lines; {@code aligned}: its columns line up, so it is set in a fixed-width font. */
    public record Section(String title, List<String> lines, boolean aligned) {
        public Section(String title, List<String> lines) {
            this(title, lines, false);
        }
    }

    public static GoLiveReport of(Cutover cutover, Reconciliation r) {
        CartConfig config = cutover.cartConfig().orElseThrow();
        ZoneId zone = cutover.storeZone().orElse(ZoneOffset.UTC);
        Instant now = cutover.clock().instant();
        List<Section> sections = new ArrayList<>();
        sections.add(storeSection(cutover, config, zone));
        sections.add(settingsSection(cutover, config, zone));
        sections.add(new Section("Reconciliation", List.of(ReconciliationReport.text(r, zone).split("\n")), true));
        sections.add(auditSection(cutover, zone));
        byte[] png = TimelinePicture.png(Timeline.of(cutover, r), zone);
        return new GoLiveReport("Go-live report: " + config.shopKey(), now, zone, ReconciliationReport.verdict(r), sections, png);
    }

    private static Section storeSection(Cutover cutover, CartConfig config, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Store: " + config.shopKey() + " (" + config.normalisedUrl() + ")");
        lines.add("Cart: " + config.kind().id() + (config.apiVersion() == null ? "" : ", API version " + config.apiVersion()));
        cutover.database().read(c -> cutover.carts().lastTest(c)).ifPresent(t -> {
            lines.add("Last connection test: " + (t.passed() ? "passed" : "FAILED") + " at " + WallTime.show(t.testedAt(), zone)
                    + (t.report().apiVersionServed() == null ? "" : "; the cart served API version " + t.report().apiVersionServed()));
            lines.add("Store time zone " + zone.getId() + (t.report().currency() == null ? "" : ", currency " + t.report().currency()));
        });
        return new Section("Store and cart", lines);
    }

    private static Section settingsSection(Cutover cutover, CartConfig config, ZoneId zone) {
        PlanStore.Plan plan = cutover.database().read(new PlanStore()::load);
        SyncStateStore.State sync = cutover.database().read(new SyncStateStore()::load);
        List<String> lines = new ArrayList<>();
        lines.add("Cut-off: " + WallTime.show(plan.cutoff(), zone) + (plan.cutoffConfirmed() ? " (confirmed)" : " (not confirmed)"));
        lines.add("Import Orders from: " + WallTime.show(plan.importFrom(), zone));
        if (plan.importFrom() != null && plan.cutoff() != null && !plan.importFrom().equals(plan.cutoff())) {
            boolean gap = plan.importFrom().isAfter(plan.cutoff());
            lines.add((gap ? "Gap" : "Overlap") + " between them: " + ((gap ? plan.gapAccepted() : plan.overlapAccepted()) ? "accepted" : "NOT accepted"));
        }
        lines.add("Import as: " + plan.importAs().id());
        lines.add("Order states imported: " + plan.importableFor(config.kind()).stream().map(Lifecycle::label).sorted()
                .collect(Collectors.joining(", ")));
        lines.add("Auto Sync: " + sync.status() + ", every " + sync.interval().toMinutes() + " min"
                + (sync.cursor() == null ? "" : "; reads from " + WallTime.show(sync.cursor(), zone)));
        return new Section("Settings", lines);
    }

    private static Section auditSection(Cutover cutover, ZoneId zone) {
        List<AuditLog.Entry> entries = new ArrayList<>(cutover.database().read(c -> AuditLog.recent(c, AUDIT_LIMIT)));
        java.util.Collections.reverse(entries);
        List<String> lines = new ArrayList<>();
        for (AuditLog.Entry e : entries) {
            lines.add(WallTime.show(e.at(), zone) + "  " + e.osUser() + "  " + e.action() + ": "
                    + (e.before() == null ? "" : e.before() + " -> ") + (e.after() == null ? "" : e.after()));
        }
        return new Section("Who did what, and when (audit log, oldest first)", lines);
    }
}
