package golive.openorders;

import golive.domain.Order;
import golive.store.AuditLog;
import golive.store.OpenOrdersStore;
import golive.store.OrderStore;
import golive.testkit.Launchpad;
import golive.testkit.StoreKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The open-orders tests' set-up: the sandbox shop and a fresh store (in-memory H2 unless a test names the engine) with the cart connected
 * and tested (store zone America/New_York) and the cut-off confirmed an hour ago; files written
 * into a temporary folder.
 */
final class Rig implements AutoCloseable {
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Launchpad pad;
    final Path dir;
    final Instant cutoff = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    final ZoneId zone;

    Rig(Path dir, boolean test, StoreKind store) {
        this.dir = dir;
        this.pad = Launchpad.on(store);
        this.zone = pad.shop.zone();
        pad.cutover.connect(pad.config());
        if (test && !pad.cutover.test().passed()) {
            throw new IllegalStateException("sandbox connection test failed");
        }
        pad.cutover.setCutoff(cutoff, zone);
    }

    static Rig ready(Path dir) {
        return ready(dir, StoreKind.H2);
    }

    static Rig ready(Path dir, StoreKind store) {
        return new Rig(dir, true, store);
    }

    /** Connected but never tested: no check against the cart runs. */
    static Rig untested(Path dir) {
        return new Rig(dir, false, StoreKind.H2);
    }

    OpenOrdersImporter importer() {
        return new OpenOrdersImporter(pad.cutover);
    }

    ImportReport commit(Path file) {
        return importer().commit(ImportRequest.of(file));
    }

    ImportReport preview(Path file) {
        return importer().preview(ImportRequest.of(file));
    }

    Path write(String name, String text) {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path writeBytes(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A time before the cut-off, as the shop's local wall time (no offset). */
    String local(Instant t) {
        return LOCAL.format(t.atZone(zone));
    }

    List<Order> orders() {
        return pad.db.read(new OrderStore()::all);
    }

    List<OpenOrdersStore.Batch> batches() {
        return pad.db.read(new OpenOrdersStore()::active);
    }

    List<AuditLog.Entry> audit() {
        return pad.db.read(c -> AuditLog.recent(c, 1000));
    }

    String shopKey() {
        return pad.config().shopKey();
    }

    @Override
    public void close() {
        pad.close();
    }
}
