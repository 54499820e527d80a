package golive.service;

/** Escaping for the XML service files (launchd plist, Task Scheduler task). */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
