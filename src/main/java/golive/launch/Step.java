package golive.launch;

/** The six go-live steps in order, by the id the CLI and the status JSON use. */
public enum Step {
    CONNECT("connect"),
    TEST("test"),
    CUTOFF("cutoff"),
    OPEN_ORDERS("open-orders"),
    IMPORT_FROM("import-from"),
    AUTO_SYNC("auto-sync");

    private final String id;

    Step(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
