package golive.notify;

import golive.cart.CartConfig;
import golive.i18n.Messages;
import golive.launch.Cutover;
import golive.launch.WallTime;
import golive.store.NotificationStore;
import golive.store.NotifySettings;
import golive.store.SecretStore;
import golive.store.SyncStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from the persisted state which e-mails are due and sends them: Auto Sync stopped by
 * itself (the cart rejected the credentials), runs failing for longer than the threshold, orders
 * set aside or needing attention and not acknowledged, and once the recovery after a stop or a
 * failing spell. Each stop, spell and order is told once; at most one e-mail of a kind an hour
 * (what waits is told in the next one); a failed send is retried after {@link #RETRY}. Every
 * e-mail and every failure is recorded and audited; a failure never reaches the caller (the sync
 * goes on). The runner calls {@link #check()} after each run. Blocking; one caller at a time.
 */
public final class Watchdog {
    public static final Duration RATE = Duration.ofHours(1);
    public static final Duration RETRY = Duration.ofMinutes(5);
    static final String STOPPED = "stopped";
    static final String FAILING = "failing";
    static final String ATTENTION = "attention";
    static final String RECOVERED = "recovered";
    static final String TEST = "test";
    private static final String INCIDENT = "incident";
    private static final int LISTED = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    /** What {@link #check()} or {@link #sendTest()} did: one e-mail sent, or why not ({@code error}). */
    public record Outcome(String kind, String subject, String error) {
        public boolean sent() {
            return error == null;
        }
    }

    private record Due(String kind, Set<String> refs, String subject, String body) {
    }

    private final Cutover cutover;
    private final SmtpMailer mailer = new SmtpMailer();
    private final NotificationStore store = new NotificationStore();

    public Watchdog(Cutover cutover) {
        this.cutover = cutover;
    }

    /** Sends what is due now. @return the e-mails sent or tried (none when nothing is due, it is held back, or e-mail is off) */
    public List<Outcome> check() {
        try {
            Instant now = cutover.clock().instant();
            List<Due> due = cutover.database().read(c -> store.settings(c).isEmpty() ? List.<Due>of() : due(c, now));
            List<Outcome> out = new ArrayList<>();
            for (Due d : due) {
                if (!heldBack(d.kind(), now)) {
                    out.add(send(d, now));
                }
            }
            return out;
        } catch (RuntimeException e) {
            LOG.warn("e-mail notifications: could not check what is due: {}", e.toString(), e);
            return List.of(new Outcome("check", null, String.valueOf(e.getMessage())));
        }
    }

    /** A test e-mail now, whatever the rate limit. @throws IllegalStateException when e-mail is off */
    public Outcome sendTest() {
        Instant now = cutover.clock().instant();
        if (cutover.database().read(store::settings).isEmpty()) {
            throw new IllegalStateException("e-mail notifications are off");
        }
        return send(new Due(TEST, Set.of(), Messages.get("mail.test.subject", storeName()),
                Messages.get("mail.test.body", storeName(), shown(now))), now);
    }

    private List<Due> due(Connection c, Instant now) throws SQLException {
        NotifySettings settings = store.settings(c).orElseThrow();
        SyncStateStore.State st = new SyncStateStore().load(c);
        List<Due> due = new ArrayList<>();
        Optional<Instant> failingSince = store.failingSince(c);
        if (!st.running() && st.stoppedReason() != null && st.stoppedReason().contains("rejected")) {
            String ref = String.valueOf(store.lastStopId(c));
            if (!store.notified(c, STOPPED).contains(ref)) {
                due.add(new Due(STOPPED, Set.of(ref), Messages.get("mail.stopped.subject", storeName()),
                        Messages.get("mail.stopped.body", storeName(), st.stoppedReason())));
            }
        } else if (st.running() && failingSince.isPresent()
                && !now.isBefore(failingSince.get().plus(settings.failAfter()))) {
            String ref = failingSince.get().toString();
            if (!store.notified(c, FAILING).contains(ref)) {
                String error = new SyncStateStore().recentRuns(c, 1).stream().map(SyncStateStore.Run::error).findFirst().orElse("-");
                due.add(new Due(FAILING, Set.of(ref), Messages.get("mail.failing.subject", storeName(),
                        Duration.between(failingSince.get(), now).toMinutes()),
                        Messages.get("mail.failing.body", storeName(), shown(failingSince.get()), error)));
            }
        } else if (st.running() && failingSince.isEmpty() && !store.notified(c, INCIDENT).isEmpty()
                && store.lastFinishedRun(c).filter(r -> r.getKey().equals("OK")).isPresent()) {
            Instant ok = store.lastFinishedRun(c).get().getValue();
            due.add(new Due(RECOVERED, Set.of(), Messages.get("mail.recovered.subject", storeName()),
                    Messages.get("mail.recovered.body", storeName(), shown(ok))));
        }
        Optional<CartConfig> config = cutover.carts().load(c);
        if (config.isPresent()) {
            Set<String> told = store.notified(c, ATTENTION);
            List<NotificationStore.Item> fresh = store.attentionItems(c, config.get().shopKey()).stream()
                    .filter(i -> !told.contains(i.ref())).toList();
            if (!fresh.isEmpty()) {
                StringBuilder list = new StringBuilder();
                fresh.stream().limit(LISTED).forEach(i -> list.append(Messages.get(i.ref().startsWith("set-aside:")
                        ? "mail.attention.setAside" : "mail.attention.changed", i.orderNumber(), i.why())).append('\n'));
                if (fresh.size() > LISTED) {
                    list.append(Messages.get("mail.attention.more", fresh.size() - LISTED)).append('\n');
                }
                Set<String> refs = new LinkedHashSet<>();
                fresh.forEach(i -> refs.add(i.ref()));
                due.add(new Due(ATTENTION, refs, Messages.get("mail.attention.subject", storeName(), fresh.size()),
                        Messages.get("mail.attention.body", storeName(), list.toString().stripTrailing())));
            }
        }
        return due;
    }

    /** One e-mail of a kind an hour; after a failed send, the next try in {@link #RETRY}. What waits stays due. */
    private boolean heldBack(String kind, Instant now) {
        Optional<Instant> lastSent = cutover.database().read(c -> store.last(c, kind, "SENT"));
        Optional<Instant> lastFailed = cutover.database().read(c -> store.last(c, kind, "FAILED"));
        return lastSent.filter(t -> now.isBefore(t.plus(RATE))).isPresent()
                || lastFailed.filter(t -> lastSent.map(t::isAfter).orElse(true) && now.isBefore(t.plus(RETRY))).isPresent();
    }

    private Outcome send(Due d, Instant now) {
        String body = d.body() + Messages.get("mail.footer", storeName(), String.valueOf(cutover.database().basePath()));
        String error = null;
        try {
            NotifySettings s = cutover.database().read(store::settings).orElseThrow();
            String password = cutover.database().read(c -> store.password(c, SecretStore.forDatabase(cutover.database()))).orElse(null);
            mailer.send(s, password, d.subject(), body, now);
            LOG.info("e-mail notification sent: {}", d.subject());
        } catch (RuntimeException e) {
            error = String.valueOf(e.getMessage());
            LOG.warn("e-mail notification not sent ({}): {}", d.subject(), error);
        }
        String failed = error;
        cutover.database().inTransaction(c -> {
            store.record(c, now, d.kind(), "email", d.subject(), failed);
            if (failed == null) {
                store.markNotified(c, d.kind(), d.refs(), now);
                if (d.kind().equals(STOPPED) || d.kind().equals(FAILING)) {
                    store.markNotified(c, INCIDENT, Set.of("open"), now);
                } else if (d.kind().equals(RECOVERED)) {
                    store.forget(c, INCIDENT);
                }
            }
            return null;
        });
        return new Outcome(d.kind(), d.subject(), error);
    }

    private String storeName() {
        return cutover.cartConfig().map(c -> c.url().toString()).orElse(String.valueOf(cutover.database().basePath()));
    }

    private String shown(Instant at) {
        ZoneId zone = cutover.storeZone().orElse(ZoneId.systemDefault());
        return WallTime.show(at, zone);
    }
}
