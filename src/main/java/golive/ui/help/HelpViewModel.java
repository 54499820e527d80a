package golive.ui.help;

import golive.about.BuildInfo;
import golive.about.Library;
import golive.launch.ProblemCode;
import golive.launch.Step;
import golive.store.DataFolder;
import golive.ui.fx.Background;
import golive.ui.fx.I18n;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the Help menu shows and does: the "How it works" page (from the message bundle), the
 * About facts (build, Java, JavaFX, folders) and the bundled libraries, and opening the data and
 * log folders in the desktop's file manager. Needs no toolkit. FX thread only.
 */
public final class HelpViewModel {
    /** A heading with its paragraphs; {@code items} are shown as a list under them, numbered or bulleted. */
    public record Section(String id, String title, List<String> paragraphs, List<String> items, boolean numbered) {
        Section(String id, String title, String paragraph) {
            this(id, title, List.of(paragraph), List.of(), false);
        }
    }

    /** One line of the About box. */
    public record Fact(String id, String label, String value) {
    }

    /** The guard's own problems (DESIGN.md, "The guard"), in the enum's order. */
    static final EnumSet<ProblemCode> GUARD = EnumSet.range(ProblemCode.CART_NOT_CONNECTED, ProblemCode.OVERLAP_NOT_ACCEPTED);

    private final Path dataFolder;
    private final Path logFolder;
    private final BuildInfo build;
    private final List<Library> libraries;
    private final Map<String, String> runtime;
    private final Background background;
    private final Consumer<Path> opener;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param runtime {@code java} and {@code javafx}: the versions this process runs on
     * @param opener  shows a folder in the desktop's file manager (blocking; run on {@code background})
     */
    public HelpViewModel(Path dataFolder, Path logFolder, BuildInfo build, List<Library> libraries, Map<String, String> runtime,
                         Background background, Consumer<Path> opener) {
        this.dataFolder = dataFolder;
        this.logFolder = logFolder;
        this.build = build;
        this.libraries = List.copyOf(libraries);
        this.runtime = Map.copyOf(runtime);
        this.background = background;
        this.opener = opener;
    }

    /**
     * For the window on the store at {@code database} (null: an in-memory store): its folder, the
     * log folder {@code golive.Main} chose, this build and the running Java and JavaFX.
     */
    public static HelpViewModel forStore(Path database, Background background) {
        Path data = database == null || database.getParent() == null ? DataFolder.folder() : database.getParent();
        String logs = System.getProperty("golive.logdir");
        String fx = System.getProperty("javafx.runtime.version", "");
        return new HelpViewModel(data, logs == null ? data : Path.of(logs), BuildInfo.current(), Library.bundled(),
                Map.of("java", Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")", "javafx", fx),
                background, new DesktopFolders());
    }

    /** The "How it works" page: what the six steps do, the boundary rule, what the guard refuses and why. */
    public List<Section> howItWorks() {
        List<Section> page = new ArrayList<>();
        page.add(new Section("howIntro", I18n.t("help.how.title"), I18n.t("help.how.lead")));
        List<String> steps = Arrays.stream(Step.values())
                .map(s -> I18n.t("step." + s.id() + ".title") + ": " + I18n.t("help.how.step." + s.id())).toList();
        page.add(new Section("howSteps", I18n.t("help.how.steps"), List.of(), steps, true));
        page.add(new Section("howBoundary", I18n.t("help.how.boundary.title"), I18n.t("help.how.boundary.body")));
        page.add(new Section("howGuard", I18n.t("help.how.guard.title"), List.of(I18n.t("help.how.guard.lead")),
                GUARD.stream().map(c -> I18n.t("help.how.guard." + c.name())).toList(), false));
        page.add(new Section("howRehearse", "", I18n.t("help.how.rehearse")));
        return page;
    }

    /** The About box's lines: version, build commit, Java, JavaFX, the folders. */
    public List<Fact> about() {
        return List.of(
                new Fact("aboutVersion", I18n.t("help.about.version"), build.version()),
                new Fact("aboutCommit", I18n.t("help.about.commit"), build.commit()),
                new Fact("aboutJava", I18n.t("help.about.java"), known(runtime.get("java"))),
                new Fact("aboutJavafx", I18n.t("help.about.javafx"), known(runtime.get("javafx"))),
                new Fact("aboutDataFolder", I18n.t("help.about.dataFolder"), dataFolder.toString()),
                new Fact("aboutLogFolder", I18n.t("help.about.logFolder"), logFolder.toString()));
    }

    public String aboutHeader() {
        return I18n.t("help.about.header", build.version());
    }

    /** The libraries the program bundles with their licences, as the build listed them. */
    public List<Library> libraries() {
        return libraries;
    }

    public void openDataFolder() {
        open(dataFolder);
    }

    public void openLogFolder() {
        open(logFolder);
    }

    /** Why the last folder did not open (with its path, so it can be found by hand); empty when it did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void open(Path folder) {
        problem.set("");
        background.run(null, () -> {
            opener.accept(folder);
            return folder;
        }, f -> { }, e -> problem.set(I18n.t("help.folder.failed", folder)));
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? I18n.t("help.about.unknown") : value;
    }
}
