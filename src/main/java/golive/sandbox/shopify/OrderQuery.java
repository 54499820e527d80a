package golive.sandbox.shopify;

import golive.sandbox.SandboxOrder;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The filters of a Shopify order listing or count, parsed as Shopify reads them. Immutable. */
record OrderQuery(String status, String fulfillmentStatus, String financialStatus, Instant createdMin,
                  Instant createdMax, Instant updatedMin, Instant updatedMax, Set<Long> ids) {

    /** The parameters that are filters (and so may not accompany page_info). */
    static final Set<String> FILTERS = Set.of("status", "fulfillment_status", "financial_status", "created_at_min",
            "created_at_max", "updated_at_min", "updated_at_max", "processed_at_min", "processed_at_max", "ids",
            "since_id", "name", "attribution_app_id");
    private static final Set<String> STATUSES = Set.of("open", "closed", "cancelled", "any");
    private static final Set<String> FULFILMENT = Set.of("shipped", "partial", "unshipped", "unfulfilled", "any");

    /** A parameter Shopify would refuse: answered 400 {"errors":{field: message}}. */
    static final class BadParam extends RuntimeException {
        final String field;

        BadParam(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static OrderQuery parse(Map<String, String> p, ZoneId zone) {
        String status = p.getOrDefault("status", "open"); // Shopify's default hides cancelled and closed orders
        if (!STATUSES.contains(status)) {
            throw new BadParam("status", "status must be one of " + STATUSES.stream().sorted().toList());
        }
        String fulfilment = p.getOrDefault("fulfillment_status", "any");
        if (!FULFILMENT.contains(fulfilment)) {
            throw new BadParam("fulfillment_status", "fulfillment_status must be one of "
                    + FULFILMENT.stream().sorted().toList());
        }
        Set<Long> ids = null;
        if (p.containsKey("ids")) {
            try {
                ids = Arrays.stream(p.get("ids").split(",")).map(String::trim).map(Long::parseLong)
                        .collect(Collectors.toSet());
            } catch (NumberFormatException e) {
                throw new BadParam("ids", "ids must be a comma-separated list of order ids");
            }
        }
        return new OrderQuery(status, fulfilment, p.getOrDefault("financial_status", "any"),
                time(p, "created_at_min", zone), time(p, "created_at_max", zone),
                time(p, "updated_at_min", zone), time(p, "updated_at_max", zone), ids);
    }

    boolean matches(SandboxOrder o) {
        return statusMatches(o) && fulfilmentMatches(o) && financialMatches(o)
                && (ids == null || ids.contains(o.id()))
                && (createdMin == null || !o.createdAt().isBefore(createdMin))
                && (createdMax == null || !o.createdAt().isAfter(createdMax))
                && (updatedMin == null || !o.updatedAt().isBefore(updatedMin))
                && (updatedMax == null || !o.updatedAt().isAfter(updatedMax));
    }

    private boolean statusMatches(SandboxOrder o) {
        return switch (status) {
            case "open" -> o.open();
            case "closed" -> o.closedAt() != null;
            case "cancelled" -> o.cancelledAt() != null;
            default -> true;
        };
    }

    private boolean fulfilmentMatches(SandboxOrder o) {
        String fs = ShopifyRender.fulfillmentStatus(o);
        return switch (fulfillmentStatus) {
            case "shipped" -> "fulfilled".equals(fs);
            case "partial" -> "partial".equals(fs);
            case "unshipped" -> fs == null;
            case "unfulfilled" -> fs == null || "partial".equals(fs);
            default -> true;
        };
    }

    private boolean financialMatches(SandboxOrder o) {
        return switch (financialStatus) {
            case "any" -> true;
            case "unpaid" -> Set.of("pending", "authorized", "partially_paid").contains(ShopifyRender.financialStatus(o));
            default -> financialStatus.equals(ShopifyRender.financialStatus(o));
        };
    }

    /** ISO 8601 with an offset; without one, read in the shop's zone (as Shopify does). */
    private static Instant time(Map<String, String> p, String name, ZoneId zone) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException ignored) {
            // try the zone-less forms
        }
        try {
            return LocalDateTime.parse(s).atZone(zone).toInstant();
        } catch (DateTimeException ignored) {
            // try a bare date
        }
        try {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadParam(name, name + " must be an ISO 8601 date-time such as 2025-01-01T00:00:00-05:00"
                    + " (got '" + v + "')");
        }
    }
}
