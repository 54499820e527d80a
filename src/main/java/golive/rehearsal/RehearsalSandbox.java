package golive.rehearsal;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.http.HttpSettings;
import golive.domain.CartKind;
import golive.launch.Cutover;
import golive.sandbox.SandboxClock;
import golive.sandbox.SandboxFace;
import golive.sandbox.SandboxShop;
import golive.sandbox.Scenario;
import golive.sandbox.ScenarioPlayer;
import golive.sandbox.bigcommerce.BigCommerceSandbox;
import golive.sandbox.magento.MagentoSandbox;
import golive.sandbox.shopify.ShopifySandbox;
import golive.sandbox.prestashop.PrestaShopSandbox;
import golive.sandbox.woocommerce.WooSandbox;
import golive.store.Database;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Everything a rehearsal runs on: the sandbox cart on 127.0.0.1 playing a scenario on a
 * compressed clock, and a fresh rehearsal database under {@code rehearsals/<timestamp>/} — never
 * the real one. The engine runs on the same compressed clock, so a day of trading, its sync
 * intervals and its cursor all shrink together. Used by {@code rehearse} and the wizard's
 * "Rehearse first". Thread-safe.
 */
public final class RehearsalSandbox implements AutoCloseable {
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Scenario scenario;
    private final CartKind kind;
    private final SandboxClock clock;
    private final SandboxFace server;
    private final ScenarioPlayer player;
    private final Database db;
    private final Cutover cutover;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rehearsal-scenario");
        t.setDaemon(true);
        return t;
    });

    private RehearsalSandbox(CartKind kind, Scenario scenario, double speed, Database db, HttpSettings http, Instant realNow) {
        this.scenario = scenario;
        this.kind = kind;
        Instant start = scenario.startInstant(realNow);
        this.clock = SandboxClock.frozenAt(start);
        SandboxShop shop = new SandboxShop(clock).zone(scenario.zoneId()).currency(scenario.currency() == null ? "USD" : scenario.currency());
        this.server = face(kind, shop);
        this.player = new ScenarioPlayer(scenario, server, start);
        player.seedHistory();
        this.db = db;
        this.cutover = new Cutover(db, clock, c -> CartConnectors.open(c, clock, http));
        clock.setSpeed(speed);
        ticker.scheduleWithFixedDelay(() -> player.advanceTo(clock.instant()), 0, 20, TimeUnit.MILLISECONDS);
    }

    /** A rehearsal with {@code kind}'s sandbox face on a new database under {@code dataFolder/rehearsals/<timestamp>/golive}. */
    public static RehearsalSandbox start(CartKind kind, Scenario scenario, double speed, Path dataFolder, HttpSettings http) {
        Instant now = Instant.now();
        Path base = dataFolder.resolve("rehearsals").resolve(FOLDER.format(now)).resolve("golive");
        return new RehearsalSandbox(kind, scenario, speed, Database.open(base), http, now);
    }

    /** A rehearsal on an in-memory database (tests). */
    public static RehearsalSandbox inMemory(CartKind kind, Scenario scenario, double speed, HttpSettings http) {
        return new RehearsalSandbox(kind, scenario, speed, Database.inMemory(), http, Instant.now());
    }

    /** The carts a rehearsal can play: those with a sandbox face (and a connector). */
    public static java.util.List<CartKind> kinds() {
        return java.util.List.of(CartKind.SHOPIFY, CartKind.WOOCOMMERCE, CartKind.BIGCOMMERCE, CartKind.MAGENTO, CartKind.PRESTASHOP);
    }

    /** {@code kind}'s face of the sandbox over {@code shop}, started on a free loopback port. */
    public static SandboxFace face(CartKind kind, SandboxShop shop) {
        return switch (kind) {
            case SHOPIFY -> new ShopifySandbox(shop).start();
            case WOOCOMMERCE -> new WooSandbox(shop).start();
            case BIGCOMMERCE -> new BigCommerceSandbox(shop).start();
            case MAGENTO -> new MagentoSandbox(shop).start();
            case PRESTASHOP -> new PrestaShopSandbox(shop).start();
        };
    }

    public CartKind kind() {
        return kind;
    }

    public Scenario scenario() {
        return scenario;
    }

    public SandboxClock clock() {
        return clock;
    }

    public SandboxFace server() {
        return server;
    }

    public ScenarioPlayer player() {
        return player;
    }

    public Cutover cutover() {
        return cutover;
    }

    /** The rehearsal database's base path (null in memory). */
    public Path databasePath() {
        return db.basePath();
    }

    /** What a person types in step 1 for the sandbox: its loopback URL and the face's credentials. */
    public CartConfig cartConfig() {
        return new CartConfig(kind, server.baseUrl(), Map.copyOf(server.credentials()), null);
    }

    /** What the old system hands over as its open orders file: written from the shop's orders. */
    public record OpenOrdersFile(Path file, int orders) {
    }

    /**
     * Writes the "old system's" open orders at {@code cutoff} (orders created before it, still open and
     * not fully shipped) as a template file beside the rehearsal database (a temp file in memory).
     */
    public OpenOrdersFile writeOpenOrdersFile(Instant cutoff) throws java.io.IOException {
        player.advanceTo(clock.instant()); // every order placed by now is in the shop
        Path file = db.basePath() == null ? java.nio.file.Files.createTempFile("golive-open-orders", ".csv")
                : db.basePath().resolveSibling("open-orders-" + FOLDER.format(clock.instant()) + ".csv");
        return new OpenOrdersFile(file, SampleOpenOrders.write(server, cutoff, file));
    }

    /** One real second is {@code speed} store seconds. */
    public void setSpeed(double speed) {
        clock.setSpeed(speed);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.close();
        db.close();
    }
}
