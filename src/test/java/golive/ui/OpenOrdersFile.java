package golive.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A small open-orders file in the product's template, dated before the cut-off, and a way to hand it to step 4. */
final class OpenOrdersFile {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String HEADER = "order_number,cart_order_id,created_at,customer_email,customer_name,currency,order_total,"
            + "status,sku,description,quantity,unit_price,ship_to_name,ship_to_company,ship_to_address1,ship_to_address2,"
            + "ship_to_city,ship_to_region,ship_to_postcode,ship_to_country,ship_to_phone\n";

    private OpenOrdersFile() {
    }

    static String template(Instant cutoff, ZoneId zone) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 1; i <= 3; i++) {
            String at = AT.format(cutoff.minusSeconds(86_400L * i).atZone(zone));
            sb.append("OLD-").append(900 + i).append(",,").append(at).append(",buyer").append(i)
                    .append("@example.com,Buyer ").append(i).append(",USD,39.98,open,SKU-").append(i)
                    .append(",Widget,2,19.99,Buyer ").append(i).append(",,1 Main St,,Boston,MA,02118,US,\n");
        }
        return sb.toString();
    }

    /** Sets the file as if chosen in the file dialog (native dialogs cannot be driven headless). */
    static void choose(FxRobot robot, Path csv) {
        Node view = robot.lookup("#step-open-orders").query();
        UiRig.fx(() -> {
            var vm = (golive.ui.steps.openorders.OpenOrdersView) view.getParent();
            vm.choose(csv);
        });
    }
}
