package golive.ui.help;

import golive.about.BuildInfo;
import golive.about.Library;
import golive.ui.fx.Background;
import golive.ui.theme.Theme;
import golive.ui.theme.UiSettings;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu in a window, headless: How it works and About open beside it, the folders open, Copy status is there. */
@ExtendWith(ApplicationExtension.class)
class HelpUiTest {
    final List<Path> opened = new CopyOnWriteArrayList<>();
    final Preferences prefs = Preferences.userRoot().node("golive-test/" + UUID.randomUUID());
    int copies;
    HelpMenu help;

    @Start
    void start(Stage stage) {
        Theme.installUserAgent();
        Theme theme = new Theme(new UiSettings(prefs));
        BorderPane root = new BorderPane();
        HelpViewModel vm = new HelpViewModel(Path.of("/data/golive"), Path.of("/logs/golive"), BuildInfo.current(), Library.bundled(),
                Map.of("java", Runtime.version().toString(), "javafx", System.getProperty("javafx.runtime.version")),
                new Background(Runnable::run, Runnable::run), opened::add);
        help = new HelpMenu(vm, root, () -> copies++);
        root.setTop(new MenuBar(help.menu()));
        Scene scene = new Scene(root, 1000, 700);
        theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> !(w instanceof Stage s && s.getOwner() == null))
                .forEach(Window::hide)).get();
        prefs.removeNode();
    }

    @Test
    void howItWorksShowsTheStepsTheBoundaryAndTheGuardsReasons(FxRobot robot) {
        fire("menuHowItWorks");
        assertThat(robot.lookup("#howItWorksDialog").tryQuery()).isPresent();
        assertThat(text(robot, "#howStepsItem1")).startsWith("1. Connect cart: ");
        assertThat(text(robot, "#howStepsItem6")).startsWith("6. Start Auto Sync: ");
        assertThat(text(robot, "#howBoundary")).isEqualTo("The boundary rule");
        assertThat(robot.lookup("#howGuardItem11").tryQuery()).isPresent();
        snapshot(robot, "#howItWorksDialog", "22-how-it-works.png");
    }

    @Test
    void aboutShowsTheVersionTheCommitTheRuntimesAndTheLicences(FxRobot robot) {
        fire("menuAbout");
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isPresent();
        assertThat(text(robot, "#aboutVersion")).isEqualTo("0.1.0");
        assertThat(text(robot, "#aboutCommit")).isEqualTo(BuildInfo.current().commit());
        assertThat(text(robot, "#aboutJavafx")).startsWith("21.");
        TableView<Library> table = robot.lookup("#aboutLibraries").queryTableView();
        assertThat(table.getItems()).extracting(Library::artifact).contains("com.h2database:h2", "info.picocli:picocli", "org.openjfx:javafx-graphics");
        snapshot(robot, "#aboutDialog", "23-about.png");
    }

    @Test
    void theFoldersOpenAndCopyStatusIsInTheHelpMenu() {
        fire("menuDataFolder");
        fire("menuLogFolder");
        fire("menuCopyStatus");
        assertThat(opened).containsExactly(Path.of("/data/golive"), Path.of("/logs/golive"));
        assertThat(copies).isEqualTo(1);
        assertThat(help.menu().getItems()).extracting(MenuItem::getId)
                .containsSubsequence("menuHowItWorks", "menuCopyStatus", "menuDataFolder", "menuLogFolder", "menuAbout");
    }

    private void fire(String id) {
        try {
            WaitForAsyncUtils.asyncFx(() -> help.menu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog as shown, for README screenshots (-Dgolive.screenshots=DIR). */
    private static void snapshot(FxRobot robot, String query, String name) {
        Path file = Path.of(System.getProperty("golive.screenshots", "target/screenshots")).resolve(name);
        try {
            WritableImage img = WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().getScene().getRoot().snapshot(null, null)).get();
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
