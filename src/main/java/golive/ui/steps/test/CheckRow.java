package golive.ui.steps.test;

import golive.cart.CheckResult;
import golive.ui.fx.I18n;

/** One check as shown: its name and outcome in words, and the cart's own message. Immutable. */
public record CheckRow(String id, CheckResult.Outcome outcome, String name, String outcomeText, String detail) {

    static CheckRow of(CheckResult c) {
        String key = "test.check." + c.id();
        String name = golive.i18n.Messages.has(key) ? I18n.t(key) : c.id();
        return new CheckRow(c.id(), c.outcome(), name, I18n.t("test.outcome." + c.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                c.detail() == null ? "" : c.detail());
    }
}
