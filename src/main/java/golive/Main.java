package golive;

import golive.store.DataFolder;

import java.nio.file.Path;

/**
 * Entry point: no arguments (or only {@code --db PATH}) opens the wizard, other arguments run the CLI. A plain class on purpose:
 * a class extending {@code Application} cannot be the main class of a classpath jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // before the first logger exists: the rolling log file lives beside the database
        System.setProperty("golive.logdir", logFolder(args).toString());
        if (args.length == 0 || onlyDatabase(args)) {
            golive.ui.GoLiveApp.launchApp(args);
        } else {
            golive.cli.Cli.main(args);
        }
    }

    /** {@code --db PATH} (or {@code --db=PATH}) and nothing else: the wizard on that store. */
    private static boolean onlyDatabase(String[] args) {
        return args.length == 1 && args[0].startsWith("--db=") || args.length == 2 && args[0].equals("--db");
    }

    private static Path logFolder(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String db = args[i].startsWith("--db=") ? args[i].substring(5) : args[i].equals("--db") && i + 1 < args.length ? args[i + 1] : null;
            if (db != null) {
                Path parent = Path.of(db).toAbsolutePath().normalize().getParent();
                return parent == null ? DataFolder.folder() : parent;
            }
        }
        return DataFolder.folder();
    }
}
