package golive.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import golive.reconcile.Acknowledgements;
import golive.store.AuditLog;
import golive.store.NotificationStore;
import golive.store.SetAsideStore;
import golive.store.SyncStateStore;
import golive.sync.AutoSync;
import golive.sync.SyncEvent;
import golive.testkit.Await;
import golive.testkit.Launchpad;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mails, received by a real SMTP server on 127.0.0.1 (GreenMail): one per trigger with what
 * happened, what to do and the store, never a secret; each thing told once; at most one of a kind an
 * hour; SMTP down recorded and shown while the sync goes on. Time moves by the engine's clock.
 */
class WatchdogTest {
    static final String SMTP_PASSWORD = "smtp-pa55word-never-shown";
    GreenMail smtp;
    Launchpad pad;
    Instant cutoff;

    @BeforeEach
    void setUp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        smtp.setUser("alerts@shop.test", "alerts@shop.test", SMTP_PASSWORD);
        pad = Launchpad.inMemory();
        cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        pad.readyToSync(cutoff, cutoff);
        emailTo(smtp.getSmtp().getPort());
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            for (MimeMessage m : received()) {
                assertNoSecret(m); // whatever the trigger
            }
        } finally {
            pad.close();
            smtp.stop();
        }
    }

    void emailTo(int port) {
        new Notifications(pad.cutover).configure("owner@shop.test, support@help.test", "127.0.0.1", port, "alerts@shop.test", "none",
                null, Duration.ofMinutes(30), SMTP_PASSWORD);
    }

    List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    /** One message per recipient reaches GreenMail: the distinct subjects, in order. */
    List<String> subjects() {
        return received().stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
    }

    String lastBody() throws Exception {
        List<MimeMessage> all = received();
        return (String) all.get(all.size() - 1).getContent();
    }

    Duration ahead = Duration.ZERO;

    /** Moves this computer's clock (the engine's) forward: no real waiting. */
    void advance(Duration by) {
        ahead = ahead.plus(by);
        pad.clock.runAhead(ahead);
    }

    void assertNoSecret(MimeMessage m) throws Exception {
        String raw = GreenMailUtil.getWholeMessage(m);
        assertThat(raw).doesNotContain(SMTP_PASSWORD).doesNotContain(pad.server.access().token());
    }

    void failedRun(Instant startedAt) {
        pad.db.inTransaction(c -> {
            SyncStateStore s = new SyncStateStore();
            long id = s.startRun(c, startedAt, "scheduled", cutoff, "runner:test");
            s.finishRun(c, id, startedAt.plusSeconds(5), "FAILED", new int[8], "HTTP 503 after 4 attempts");
            return null;
        });
    }

    void okRun(Instant startedAt) {
        pad.db.inTransaction(c -> {
            SyncStateStore s = new SyncStateStore();
            long id = s.startRun(c, startedAt, "scheduled", cutoff, "runner:test");
            s.finishRun(c, id, startedAt.plusSeconds(5), "OK", new int[8], null);
            return null;
        });
    }

    @Test
    void rejectedCredentialsStopAutoSyncAndOneEmailSaysWhatToDoWithoutASecret() throws Exception {
        pad.cutover.startSync(Duration.ofSeconds(1));
        AutoSync runner = new AutoSync(pad.cutover, e -> { });
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        Await.until(() -> pad.db.read(new SyncStateStore()::load).lastSuccessEnd() != null);
        pad.server.access().revokeToken();
        assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CREDENTIALS_REJECTED);

        assertThat(received()).hasSize(2); // one message, two recipients
        assertThat(subjects()).singleElement().asString().contains("Auto Sync stopped", "rejected the credentials", pad.server.baseUrl().toString());
        assertThat(lastBody()).contains("What happened", "What to do", "Store: " + pad.server.baseUrl(), "start Auto Sync again");
        assertNoSecret(received().get(0));
        assertThat(received().get(0).getFrom()[0].toString()).isEqualTo("alerts@shop.test");
        List<AuditLog.Entry> log = pad.db.read(c -> AuditLog.recent(c, 10));
        assertThat(log).anyMatch(e -> e.action().equals("notify.email") && e.before().equals("stopped"));
        assertThat(log).noneMatch(e -> String.valueOf(e.after()).contains(SMTP_PASSWORD) || String.valueOf(e.before()).contains(SMTP_PASSWORD));

        advance(Duration.ofHours(3));
        assertThat(new Watchdog(pad.cutover).check()).as("the same stop is told once").isEmpty();
    }

    @Test
    void runsFailingLongerThanTheThresholdAreToldOnceAndTheRecoveryOnce() throws Exception {
        pad.cutover.startSync(Duration.ofMinutes(5));
        Watchdog watchdog = new Watchdog(pad.cutover);
        Instant now = pad.clock.instant();
        failedRun(now.minus(Duration.ofMinutes(20)));
        failedRun(now.minus(Duration.ofMinutes(10)));
        assertThat(watchdog.check()).as("20 minutes of failures: under the 30-minute threshold").isEmpty();

        advance(Duration.ofMinutes(11));
        assertThat(watchdog.check()).singleElement().satisfies(o -> assertThat(o.sent()).isTrue());
        assertThat(subjects()).singleElement().asString().contains("failing for 31 minutes");
        assertThat(lastBody()).contains("HTTP 503 after 4 attempts", "What to do", "nothing is lost");
        failedRun(pad.clock.instant());
        assertThat(watchdog.check()).as("the same failing spell").isEmpty();

        okRun(pad.clock.instant().plusSeconds(10));
        advance(Duration.ofMinutes(12));
        assertThat(watchdog.check()).extracting(Watchdog.Outcome::kind).containsExactly("recovered");
        assertThat(subjects()).hasSize(2).last().asString().contains("importing again");
        okRun(pad.clock.instant());
        advance(Duration.ofHours(2));
        assertThat(watchdog.check()).as("recovered once").isEmpty();
    }

    @Test
    void ordersToLookAtAreToldAtMostOnceAnHourAndAcknowledgedOnesNever() throws Exception {
        String shop = pad.config().shopKey();
        Watchdog watchdog = new Watchdog(pad.cutover);
        aside(shop, "9001", "#1001", "a line quantity of 10^12 is over the store's limit");
        aside(shop, "9002", "#1002", "a status the connector does not know: 'layaway'");
        new Acknowledgements(pad.cutover).acknowledge("set-aside", "9002", "entered by hand");
        assertThat(watchdog.check()).extracting(Watchdog.Outcome::kind).containsExactly("attention");
        assertThat(subjects()).singleElement().asString().contains("1 order(s) need a look");
        assertThat(lastBody()).contains("order #1001: set aside", "over the store's limit", "acknowledge").doesNotContain("#1002");

        aside(shop, "9003", "#1003", "a customer e-mail longer than 320 characters");
        advance(Duration.ofMinutes(59));
        assertThat(watchdog.check()).as("within the hour: held back").isEmpty();
        advance(Duration.ofMinutes(2));
        assertThat(watchdog.check()).extracting(Watchdog.Outcome::kind).containsExactly("attention");
        assertThat(lastBody()).contains("#1003").doesNotContain("#1001");
        advance(Duration.ofHours(5));
        assertThat(watchdog.check()).isEmpty();
        assertThat(received()).as("two e-mails to two recipients").hasSize(4);
    }

    void aside(String shop, String id, String number, String reason) {
        pad.db.inTransaction(c -> {
            new SetAsideStore().record(c, shop, id, number, reason, pad.clock.instant());
            return null;
        });
    }

    @Test
    void withTheSmtpServerDownTheSyncGoesOnAndTheFailureIsRecordedAndShown() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        emailTo(closed);
        pad.cutover.startSync(Duration.ofHours(1));
        pad.order(cutoff.plusSeconds(1));
        aside(pad.config().shopKey(), "7001", "#7001", "held for the test");
        CopyOnWriteArrayList<SyncEvent> events = new CopyOnWriteArrayList<>();
        AutoSync runner = new AutoSync(pad.cutover, events::add);
        CompletableFuture<AutoSync.Exit> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        Await.until(() -> events.stream().anyMatch(e -> e instanceof SyncEvent.NotificationFailed));
        pad.order(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        runner.runNow();
        Await.until(() -> pad.db.read(new golive.store.OrderStore()::all).size() == 2);
        runner.close();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(AutoSync.Exit.CLOSED);

        List<NotificationStore.Entry> told = new Notifications(pad.cutover).recent(5);
        assertThat(told).first().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("FAILED");
            assertThat(e.channel()).isEqualTo("email");
            assertThat(e.error()).containsIgnoringCase("connect");
        });
        List<AuditLog.Entry> audit = pad.db.read(c -> AuditLog.recent(c, 20));
        assertThat(audit).anyMatch(e -> e.action().equals("notify.email.failed"));
        assertThat(told).as("retried after five minutes, not on every run").hasSize(1);
    }

    @Test
    void aTestMessageIsSentWheneverAskedAndDesktopNotificationsAreAudited() throws Exception {
        Notifications n = new Notifications(pad.cutover);
        assertThat(n.test().sent()).isTrue();
        assertThat(n.test().sent()).isTrue();
        assertThat(subjects()).singleElement().asString().contains("test message");
        assertNoSecret(received().get(0));
        n.recordDesktop("sync-failed", "Auto Sync: the cart is unreachable");
        List<AuditLog.Entry> newest = pad.db.read(c -> AuditLog.recent(c, 1));
        assertThat(newest).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("notify.desktop"));
        assertThat(n.hasPassword()).isTrue();
        assertThat(n.off()).isTrue();
        assertThat(n.settings()).isEmpty();
        assertThat(n.hasPassword()).isFalse();
        assertThat(new Watchdog(pad.cutover).check()).isEmpty();
    }
}
