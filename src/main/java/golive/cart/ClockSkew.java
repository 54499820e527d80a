package golive.cart;

import java.time.Duration;
import java.time.Instant;

/**
 * The connection test's clock check, the same for every cart: the cart's clock (its {@code Date}
 * header) against this computer's at the same moment. Stateless.
 *
 * @param skew the cart's clock minus this computer's; null when the cart sent no readable time
 */
public record ClockSkew(CheckResult check, Duration skew) {
    /** Beyond this a warning: imports absorb less (the sync's own limit is DESIGN.md's). */
    public static final Duration LIMIT = Duration.ofMinutes(2);

    /** @param cartNow the cart's time, null when it sent none; @param who "the shop", "the site" */
    public static ClockSkew of(Instant localNow, Instant cartNow, String who) {
        if (cartNow == null) {
            return new ClockSkew(CheckResult.warn("clock_skew", who + " sent no readable Date header; clock skew unknown"), null);
        }
        Duration skew = Duration.between(localNow, cartNow);
        if (skew.abs().compareTo(LIMIT) > 0) {
            return new ClockSkew(CheckResult.warn("clock_skew", capitalised(who) + "'s clock is " + human(skew.abs())
                    + (skew.isNegative() ? " behind" : " ahead of") + " this computer's (more than " + human(LIMIT)
                    + "): check this computer's date, time and time zone"), skew);
        }
        return new ClockSkew(CheckResult.pass("clock_skew", "clocks agree within " + human(skew.abs())), skew);
    }

    public static String human(Duration d) {
        long s = d.getSeconds();
        if (s >= 3600) {
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
        if (s >= 60) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s + " s";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
