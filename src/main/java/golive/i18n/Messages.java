package golive.i18n;

import golive.launch.Problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message bundle ({@code golive/i18n/messages.properties}), shared by the CLI and the
 * wizard: engine problems are codes, and this is where they become words. Thread-safe.
 */
public final class Messages {
    private static final String BUNDLE = "golive.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key, Object... args) {
        // always through MessageFormat, so '' is one apostrophe whether or not there are arguments
        return new MessageFormat(bundle().getString(key), Locale.ROOT).format(args);
    }

    public static boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** The sentence for a problem: {@code problem.<CODE>} filled with its arguments. */
    public static String of(Problem p) {
        return get("problem." + p.code().name(), p.args().toArray());
    }

    /**
     * The problem as the window says it: in the owner's words, naming the step and the button, not
     * the command and its flags ({@code window.problem.CODE} where the CLI's wording would not do).
     */
    public static String inWindow(Problem p) {
        return inWindow(p, null);
    }

    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    /** An argument with the engine's instants (ISO-8601, as the CLI prints them) as a person writes them. */
    private static String shown(String arg, java.time.ZoneId zone) {
        return arg == null ? null : INSTANT.matcher(arg).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                golive.launch.WallTime.show(java.time.Instant.parse(m.group()), zone)));
    }

    /** {@link #inWindow(Problem)} with every instant in it shown as a person writes it in {@code zone} (UTC when null), with the zone's name. */
    public static String inWindow(Problem p, java.time.ZoneId zone) {
        String key = "window.problem." + p.code().name();
        Object[] args = p.args().stream().map(a -> shown(a, zone)).toArray();
        // a detail the engine passed along may still name a flag, "(--secret)": the window leaves it out
        return get(has(key) ? key : "problem." + p.code().name(), args).replaceAll("\\s*\\(--[a-z][a-z-]*\\)", "");
    }
}
