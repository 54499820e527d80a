package golive.cart.magento;

import com.fasterxml.jackson.databind.JsonNode;
import golive.cart.CartOrder;
import golive.cart.Lifecycle;
import golive.cart.http.CartHttp;
import golive.cart.http.ErrorBodies;
import golive.domain.OrderLine;
import org.junit.jupiter.api.Test;

import golive.cart.CartConfig;
import golive.cart.ConnectionReport;
import golive.domain.CartKind;
import golive.sandbox.SandboxHttpServer;
import golive.sandbox.SandboxResponse;
import golive.testkit.Launchpad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recorded Magento answers (cart-apis/magento) mapped exactly: ids, numbers, UTC times, money from
 * JSON numbers, states; and replayed from a loopback server through the connector, including a store
 * that answers every later search with a page it already served (as Magento does past the end).
 */
class MagentoFixtureTest {
    private static final Instant RECORDED = Instant.parse("2025-01-03T20:10:11Z");

    @Test
    void theRecordedOrdersMapExactly() throws IOException {
        JsonNode page1 = fixture("orders-page1.json");
        assertThat(page1.get("total_count").asLong()).isEqualTo(3);
        CartOrder o3 = MagentoOrders.toCartOrder(page1.get("items").get(0));
        assertThat(o3.id()).isEqualTo("3");
        assertThat(o3.number()).isEqualTo("000000003");
        assertThat(o3.createdAt()).isEqualTo(Instant.parse("2025-01-02T22:22:19Z"));
        assertThat(o3.updatedAt()).isEqualTo(Instant.parse("2025-01-02T22:22:20Z"));
        assertThat(o3.total().amount()).isEqualByComparingTo("165");
        assertThat(o3.total().currency()).isEqualTo("USD");
        assertThat(o3.email()).isEqualTo("jdoe@example.com");
        assertThat(o3.lifecycle()).isEqualTo(Lifecycle.OPEN);
        assertThat(o3.cartStatus()).isEqualTo("pending");
        assertThat(o3.lines()).extracting(OrderLine::sku).containsExactly("WS12-M-Orange", "WT09-M-Purple", "24-MB02", "24-WB07");
        assertThat(o3.lines().get(0).description()).isEqualTo("Radiant Tee-M-Orange");
        assertThat(o3.lines().get(0).quantity()).isEqualByComparingTo("1");
        assertThat(o3.lines().stream().map(OrderLine::price).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("160");

        CartOrder o4 = MagentoOrders.toCartOrder(page1.get("items").get(1));
        assertThat(o4.number()).isEqualTo("000000004");
        assertThat(o4.lifecycle()).isEqualTo(Lifecycle.OPEN); // processing, invoiced, nothing shipped
        assertThat(o4.total().amount()).isEqualByComparingTo("54");
        assertThat(o4.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualByComparingTo("2");
            assertThat(l.price()).isEqualByComparingTo("22");
        });

        CartOrder o5 = MagentoOrders.toCartOrder(fixture("orders-page2.json").get("items").get(0));
        assertThat(o5.id()).isEqualTo("5");
        assertThat(o5.number()).isEqualTo("000000005");
        assertThat(o5.createdAt()).isEqualTo(Instant.parse("2025-01-03T15:02:56Z"));
    }

    @Test
    void thePagePastTheEndIsPageTwoAgain() throws IOException {
        assertThat(fixture("orders-page3-past-end.json").get("items")).isEqualTo(fixture("orders-page2.json").get("items"));
    }

    @Test
    void theErrorBodiesReadInMagentosWordsWithTheirPlaceholdersFilled() throws IOException {
        assertThat(ErrorBodies.message(fixture("error-401.json"), null))
                .isEqualTo("The consumer isn't authorized to access Magento_Sales::actions_view.");
        assertThat(MagentoClient.maxPageSize(fixture("error-400-page-size.json"))).isEqualTo(300);
        assertThat(MagentoClient.maxPageSize(fixture("error-401.json"))).isZero();
    }

    @Test
    void theStoreConfigsNameTheZoneAndCurrency() throws IOException {
        JsonNode store = fixture("store-configs.json").get(0);
        assertThat(store.get("timezone").asText()).isEqualTo("America/New_York");
        assertThat(store.get("base_currency_code").asText()).isEqualTo("USD");
    }

    @Test
    void statesMapOntoTheLifecycle() throws IOException {
        JsonNode o = fixture("orders-page1.json").get("items").get(1);
        List<String> states = List.of("pending_payment", "payment_review", "holded", "complete", "closed", "canceled");
        List<Lifecycle> expected = List.of(Lifecycle.PENDING_PAYMENT, Lifecycle.PENDING_PAYMENT, Lifecycle.ON_HOLD, Lifecycle.FULFILLED,
                Lifecycle.REFUNDED, Lifecycle.CANCELLED);
        for (int i = 0; i < states.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) o).put("state", states.get(i));
            assertThat(MagentoOrders.toCartOrder(o).lifecycle()).as(states.get(i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void theRecordedStorePassesTheConnectionTest() {
        try (SandboxHttpServer store = replay(r -> r.path().endsWith("/storeConfigs") ? "store-configs" : "orders-page1")) {
            ConnectionReport report = connector(store).test();
            assertThat(report.passed()).as(report.checks().toString()).isTrue();
            assertThat(report.storeZone()).isEqualTo("America/New_York");
            assertThat(report.currency()).isEqualTo("USD");
            assertThat(report.clockSkew()).isZero();
        }
    }

    @Test
    void aStoreServingAPageAgainDoesNotMakeTheWalkLoop() {
        AtomicInteger searches = new AtomicInteger();
        // the first search is refused over the store's maximum of 2; then every search gets page 1, whatever it asks
        try (SandboxHttpServer store = replay(r -> searches.incrementAndGet() == 1 ? "error-400-page-size:2" : "orders-page1")) {
            List<CartOrder> read = MagentoRig.drain(connector(store).updatedSince(RECORDED.minus(Duration.ofDays(3))));
            assertThat(read).extracting(CartOrder::number).containsExactly("000000003", "000000004");
            assertThat(searches).hasValue(3); // refused, page 1, page 1 again: no new id, the walk ends
        }
        AtomicInteger pages = new AtomicInteger();
        try (SandboxHttpServer store = replay(r -> switch (pages.incrementAndGet()) {
            case 1 -> "error-400-page-size:2";
            case 2 -> "orders-page1";
            default -> "orders-page3-past-end";
        })) {
            assertThat(MagentoRig.drain(connector(store).updatedSince(RECORDED.minus(Duration.ofDays(3)))))
                    .extracting(CartOrder::id).containsExactly("3", "4", "5");
        }
    }

    private static MagentoConnector connector(SandboxHttpServer store) {
        CartConfig config = new CartConfig(CartKind.MAGENTO, store.baseUrl(), Map.of(CartConfig.TOKEN, "a".repeat(32)), null);
        return new MagentoConnector(config, Clock.fixed(RECORDED, ZoneOffset.UTC), Launchpad.fastHttp());
    }

    /** Serves {@code name.json} with {@code name.headers.txt} (else page 1's); "error-400-page-size:N" names the maximum N. */
    private static SandboxHttpServer replay(java.util.function.Function<golive.sandbox.SandboxRequest, String> route) {
        return new SandboxHttpServer(req -> {
            String[] name = route.apply(req).split(":");
            String body = text(name[0] + ".json");
            if (name.length > 1) {
                body = body.replace("300", name[1]);
            }
            String head = MagentoFixtureTest.class.getResource("/golive/cart/magento/" + name[0] + ".headers.txt") != null
                    ? text(name[0] + ".headers.txt") : text("orders-page1.headers.txt");
            String[] lines = head.split("\r?\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String key = lines[i].substring(0, colon).trim();
                if (!key.equalsIgnoreCase("Transfer-Encoding")) { // the server frames the body itself
                    headers.put(key, lines[i].substring(colon + 1).trim());
                }
            }
            return new SandboxResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, body.getBytes(StandardCharsets.UTF_8),
                    Duration.ZERO, SandboxResponse.Wire.NORMAL);
        }).start();
    }

    private static String text(String file) {
        try (InputStream in = MagentoFixtureTest.class.getResourceAsStream("/golive/cart/magento/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = MagentoFixtureTest.class.getResourceAsStream("/golive/cart/magento/" + name)) {
            return CartHttp.json().readTree(in);
        }
    }
}
