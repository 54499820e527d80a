package golive.ui.help;

import golive.about.BuildInfo;
import golive.about.Library;
import golive.launch.ProblemCode;
import golive.ui.fx.Background;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Help menu's view model without a toolkit: the page from the bundle, the About facts, the folders opened. */
class HelpViewModelTest {
    final List<Path> opened = new ArrayList<>();
    final HelpViewModel vm = new HelpViewModel(Path.of("/data/golive"), Path.of("/logs/golive"), new BuildInfo("0.1.0", "d99ff453a7"),
            Library.bundled(), Map.of("java", "17.0.15+6", "javafx", "21.0.11"), Background.inline(), opened::add);

    @Test
    void howItWorksHasTheSixStepsTheBoundaryRuleAndEveryGuardProblemWithItsReason() {
        List<HelpViewModel.Section> page = vm.howItWorks();
        assertThat(page).extracting(HelpViewModel.Section::id).containsSubsequence("howSteps", "howBoundary", "howGuard");
        HelpViewModel.Section steps = section(page, "howSteps");
        assertThat(steps.items()).hasSize(6);
        assertThat(steps.items().get(0)).startsWith("Connect cart: ");
        assertThat(steps.items().get(5)).startsWith("Start Auto Sync: ");
        assertThat(section(page, "howBoundary").paragraphs().get(0)).contains("before the cut-off", "at or after 'Import Orders from'");
        assertThat(section(page, "howGuard").items()).hasSize(HelpViewModel.GUARD.size()).doesNotHaveDuplicates()
                .anySatisfy(i -> assertThat(i).contains("never be imported"));
        assertThat(HelpViewModel.GUARD).contains(ProblemCode.CART_NOT_CONNECTED, ProblemCode.CLOCK_SKEW, ProblemCode.OVERLAP_NOT_ACCEPTED)
                .hasSize(11);
        // window text: no command-line flags, no message keys left unfilled
        assertThat(page).flatExtracting(s -> join(s)).allSatisfy(t -> assertThat(t).doesNotContain("--", "{0}", "''"));
    }

    @Test
    void aboutNamesTheBuildTheRuntimeAndTheFolders() {
        assertThat(vm.aboutHeader()).isEqualTo("Cart Go-Live 0.1.0");
        assertThat(vm.about()).extracting(HelpViewModel.Fact::id, HelpViewModel.Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("aboutCommit", "d99ff453a7"),
                org.assertj.core.groups.Tuple.tuple("aboutJava", "17.0.15+6"),
                org.assertj.core.groups.Tuple.tuple("aboutJavafx", "21.0.11"),
                org.assertj.core.groups.Tuple.tuple("aboutDataFolder", Path.of("/data/golive").toString()));
        assertThat(vm.libraries()).extracting(Library::artifact).contains("com.h2database:h2", "info.picocli:picocli");
    }

    @Test
    void theFoldersOpenInTheFileManagerAndAFailureSaysWhereTheFolderIs() {
        vm.openDataFolder();
        vm.openLogFolder();
        assertThat(opened).containsExactly(Path.of("/data/golive"), Path.of("/logs/golive"));
        assertThat(vm.problemProperty().get()).isEmpty();

        HelpViewModel failing = new HelpViewModel(Path.of("/data/golive"), Path.of("/logs"), new BuildInfo("0.1.0", "unknown"), List.of(),
                Map.of(), Background.inline(), p -> {
                    throw new IllegalStateException("no file manager");
                });
        failing.openLogFolder();
        assertThat(failing.problemProperty().get()).contains(Path.of("/logs").toString()).doesNotContain("IllegalStateException");
        assertThat(failing.about()).filteredOn(f -> f.id().equals("aboutJavafx")).singleElement()
                .extracting(HelpViewModel.Fact::value).isEqualTo("unknown");
    }

    @Test
    void theFileManagerIsTheSystemsOwn() {
        assertThat(DesktopFolders.command(Path.of("/data/golive"))).last().isEqualTo(Path.of("/data/golive").toAbsolutePath().toString());
    }

    private static HelpViewModel.Section section(List<HelpViewModel.Section> page, String id) {
        return page.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> join(HelpViewModel.Section s) {
        List<String> all = new ArrayList<>(s.paragraphs());
        all.addAll(s.items());
        all.add(s.title());
        return all;
    }
}
