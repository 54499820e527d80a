package golive.cli;

/** The CLI's exit codes (DESIGN.md): a stable contract for scripts. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;
    public static final int REFUSED = 3;
    public static final int CART_UNAVAILABLE = 4;
    public static final int INTERNAL = 5;

    private ExitCode() {
    }
}
