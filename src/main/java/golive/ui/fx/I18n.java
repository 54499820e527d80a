package golive.ui.fx;

import golive.i18n.Messages;

/** Short access to the one message bundle for views and view models. Thread-safe. */
public final class I18n {
    private I18n() {
    }

    /** The message for {@code key}, filled with {@code args}. */
    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }
}
