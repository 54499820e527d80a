package golive.openorders;

import golive.domain.Order;
import golive.launch.InvalidInput;
import golive.launch.ProblemCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Any other CSV through a saved column mapping (here: a ShipStation export and a WooCommerce plugin's). */
class MappedFormatTest {
    @TempDir
    Path dir;
    Rig rig;

    static final String SHIPSTATION_MAP = """
            {
              "name": "ShipStation orders export",
              "date_format": "M/d/yyyy h:mm:ss a",
              "currency": "usd",
              "columns": {
                "order_number": "Order - Number",
                "created_at": "Date - Order Date",
                "status": "Order - Status",
                "customer_email": "Customer Email",
                "customer_name": "Bill To - Name",
                "order_total": "Amount - Order Total",
                "sku": "Item - SKU",
                "description": "Item - Name",
                "quantity": "Item - Qty",
                "unit_price": "Item - Price",
                "ship_to_name": "Ship To - Name",
                "ship_to_address1": "Ship To - Address 1",
                "ship_to_city": "Ship To - City",
                "ship_to_region": "Ship To - State",
                "ship_to_postcode": "Ship To - Postal Code",
                "ship_to_country": "Ship To - Country"
              },
              "open_values": ["awaiting_shipment", "On_Hold"]
            }
            """;

    @BeforeEach
    void setUp() {
        rig = Rig.ready(dir);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private Path shipStation() {
        return rig.write("shipstation.csv", String.join("\r\n",
                "Order - Number,Date - Order Date,Order - Status,Customer Email,Bill To - Name,Item - SKU,Item - Name,Item - Qty,"
                        + "Item - Price,Amount - Order Total,Ship To - Name,Ship To - Address 1,Ship To - City,Ship To - State,"
                        + "Ship To - Postal Code,Ship To - Country,Tags",
                "100234,3/2/2025 9:15:00 AM,awaiting_shipment,jane@example.com,Jane Roe,MUG-CER-12,\"Mug, ceramic\",2,14.50,29.00,"
                        + "Jane Roe,12 Elm Street,Boston,MA,02118,US,vip",
                "100235,3/2/2025 1:05:30 PM,shipped,bob@example.com,Bob Norman,TEE,Tee,1,24.99,24.99,Bob,1 Main St,Austin,TX,78701,US,",
                "100236,3/3/2025 11:59:59 PM,on_hold,li@example.com,Li Wei,CAP,Wool Cap,1,19.95,39.90,Li Wei,3 Pine Rd,Denver,CO,80202,US,",
                "100236,3/3/2025 11:59:59 PM,on_hold,li@example.com,Li Wei,CAP,Wool Cap,1,19.95,39.90,Li Wei,3 Pine Rd,Denver,CO,80202,US,",
                "100237,3/4/2025 8:00:00 AM,cancelled,mia@example.com,Mia Kim,NB,Notebook,1,8.75,8.75,Mia Kim,4 Oak Ave,Seattle,WA,98101,US,",
                ""));
    }

    @Test
    void aShipStationExportImportsThroughItsMapping() {
        Path map = rig.write("shipstation.json", SHIPSTATION_MAP);
        ImportReport r = rig.importer().commit(new ImportRequest(shipStation(), null, map, false, true));
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().format()).isEqualTo("mapped");
        assertThat(r.summary().orders()).isEqualTo(2);
        assertThat(r.summary().skippedByReason()).containsEntry("status 'shipped'", 1L).containsEntry("status 'cancelled'", 1L);
        assertThat(r.summary().totals()).containsOnlyKeys("USD");
        List<Order> orders = rig.orders();
        assertThat(orders).extracting(Order::orderNumber).containsExactly("100234", "100236");
        assertThat(orders.get(0).createdAt()).isEqualTo(LocalDateTime.parse("2025-03-02T09:15:00").atZone(rig.zone).toInstant());
        assertThat(orders.get(0).lines().get(0).description()).isEqualTo("Mug, ceramic");
        assertThat(orders.get(1).lines()).hasSize(2);
        assertThat(orders.get(1).total().currency()).isEqualTo("USD");
    }

    @Test
    void aSemicolonSeparatedExportWithACurrencyColumnAndNoStatus() {
        Path map = rig.write("woo.json", """
                {"delimiter": ";", "columns": {"order_number": "Bestellnummer", "cart_order_id": "ID",
                  "created_at": "Datum", "currency": "Währung", "order_total": "Summe", "description": "Artikel",
                  "quantity": "Menge", "unit_price": "Preis", "customer_name": "Kunde"}}
                """);
        Path csv = rig.write("woo.csv", "ID;Bestellnummer;Datum;Währung;Summe;Artikel;Menge;Preis;Kunde\n"
                + "881;881;2025-02-01T10:00:00+01:00;EUR;42.00;\"Tasse; groß\";2;21.00;Jürgen Groß\n");
        ImportReport r = rig.importer().commit(new ImportRequest(csv, Format.MAPPED, map, false, true));
        assertThat(r.problems()).isEmpty();
        assertThat(rig.orders()).singleElement().satisfies(o -> {
            assertThat(o.cartOrderId()).isEqualTo("881");
            assertThat(o.createdAt()).isEqualTo(Instant.parse("2025-02-01T09:00:00Z"));
            assertThat(o.total().currency()).isEqualTo("EUR");
            assertThat(o.lines().get(0).description()).isEqualTo("Tasse; groß");
        });
    }

    @Test
    void mistakesInTheMappingNameItsLineAndKey() {
        Path broken = rig.write("broken.json", "{\n  \"columns\": {\n    \"order_number\": \"A\",\n  }\n}\n");
        ImportReport r = rig.importer().preview(new ImportRequest(shipStation(), null, broken, false, true));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("broken.json");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.MAPPING_UNREADABLE);
        });

        Path wrong = rig.write("wrong.json", """
                {
                  "columns": {
                    "order_number": "Order - Number",
                    "order_numbr": "x",
                    "status": "Order - Status"
                  },
                  "date_fromat": "M/d/yyyy"
                }
                """);
        r = rig.importer().preview(new ImportRequest(shipStation(), Format.MAPPED, wrong, false, true));
        assertThat(r.accepted()).isFalse();
        assertThat(r.problems()).extracting(FileProblem::column, FileProblem::line).contains(
                org.assertj.core.groups.Tuple.tuple("columns.order_numbr", 4L),
                org.assertj.core.groups.Tuple.tuple("date_fromat", 7L),
                org.assertj.core.groups.Tuple.tuple("columns.created_at", 2L),
                org.assertj.core.groups.Tuple.tuple("open_values", 5L));
        assertThat(r.problems()).extracting(FileProblem::kind).contains(FileProblem.Kind.MAPPING_UNKNOWN_FIELD,
                FileProblem.Kind.MAPPING_MISSING);
        assertThat(rig.orders()).isEmpty();
    }

    @Test
    void aMappedColumnTheFileLacksIsNamed() {
        Path map = rig.write("shipstation.json", SHIPSTATION_MAP.replace("Item - Qty", "Quantity"));
        ImportReport r = rig.importer().preview(new ImportRequest(shipStation(), null, map, false, true));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("Quantity");
            assertThat(p.kind()).isEqualTo(FileProblem.Kind.MISSING_COLUMN);
        });
    }

    @Test
    void theMappedFormatNeedsAMapping() {
        assertThatThrownBy(() -> rig.importer().preview(new ImportRequest(shipStation(), Format.MAPPED, null, false, true)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.OPEN_ORDERS_MAP_REQUIRED));
        ImportReport r = rig.preview(shipStation());
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(FileProblem.Kind.UNKNOWN_FORMAT));
    }
}
