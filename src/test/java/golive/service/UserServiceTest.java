package golive.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Install, status and uninstall on each OS over a temporary home, with the service manager's
 * commands recorded instead of run: the real user's services are never touched.
 */
class UserServiceTest {
    @TempDir
    Path home;

    Path db() {
        return home.resolve("shop").resolve("golive");
    }

    @Test
    void onLinuxInstallWritesTheUnitUnderXdgConfigHomeAndEnablesItOnlyWhereSystemctlAnswers() throws Exception {
        RecordingProcesses calls = RecordingProcesses.systemdUp();
        Host host = TestHost.of(ServiceOs.LINUX, home, calls);
        String id = ServiceSpec.idOf(db());
        Path unit = home.resolve("config/systemd/user/" + id + ".service");

        ServiceState s = new UserService(host).install(db());
        assertThat(unit).exists();
        assertThat(Files.readString(unit)).contains(home.resolve("data").resolve(Launcher.JAR_COPY).toString(), db().toString())
                .doesNotContain(host.runningCode().toString());
        assertThat(home.resolve("data").resolve(Launcher.JAR_COPY)).hasSameTextualContentAs(host.runningCode());
        assertThat(calls.callsStartingWith("systemctl --user")).containsSubsequence("systemctl --user show-environment",
                "systemctl --user daemon-reload", "systemctl --user enable " + id + ".service", "systemctl --user restart " + id + ".service");
        assertThat(s.installed()).isTrue();
        assertThat(s.running()).isTrue();
        assertThat(s.linger()).isFalse();
        assertThat(s.notes()).anyMatch(n -> n.contains("loginctl enable-linger owner") && n.contains("yourself"));
        assertThat(calls.calls).noneMatch(c -> c.contains("enable-linger"));

        // again: the same unit, restarted; nothing else changes
        String before = Files.readString(unit);
        new UserService(host).install(db());
        assertThat(Files.readString(unit)).isEqualTo(before);
        assertThat(calls.callsStartingWith("systemctl --user restart")).hasSize(2);

        ServiceState gone = new UserService(host).uninstall(db());
        assertThat(unit).doesNotExist();
        assertThat(gone.installed()).isFalse();
        assertThat(calls.calls).contains("systemctl --user disable --now " + id + ".service");
        int callsAfterFirstUninstall = calls.callsStartingWith("systemctl --user disable").size();
        assertThat(new UserService(host).uninstall(db()).installed()).isFalse();
        assertThat(calls.callsStartingWith("systemctl --user disable")).hasSize(callsAfterFirstUninstall);
    }

    @Test
    void aSharedDatabasesServiceNeedsItsPasswordFileAndReadsItFromThere() throws Exception {
        RecordingProcesses calls = RecordingProcesses.systemdUp();
        UserService service = new UserService(TestHost.of(ServiceOs.LINUX, home, calls));
        String url = "jdbc:postgresql://db.example.com/shop1?user=owner";
        Path passwordFile = home.resolve("db-password");
        assertThatThrownBy(() -> service.installShared(url, "db.example.com:5432/shop1 as owner", home.resolve("team.key"), passwordFile))
                .isInstanceOf(ServiceException.class).hasMessageContaining(passwordFile.toString()).hasMessageContaining("chmod 600");
        Files.writeString(passwordFile, "s3cret-pw\n");
        ServiceState s = service.installShared(url, "db.example.com:5432/shop1 as owner", home.resolve("team.key"), passwordFile);
        String unit = Files.readString(s.file());
        assertThat(unit).contains(url, "--db-password-file", passwordFile.toString()).doesNotContain("s3cret-pw");
        assertThat(service.installed(ServiceSpec.idOf("db.example.com:5432/shop1 as owner"))).isTrue();
        assertThat(service.uninstall(ServiceSpec.idOf("db.example.com:5432/shop1 as owner")).installed()).isFalse();
    }

    @Test
    void withoutAUserManagerTheUnitIsWrittenAndTheNotesSayHowToStartIt() throws Exception {
        RecordingProcesses calls = new RecordingProcesses().answer("systemctl --user show-environment", 1, "Failed to connect to bus");
        ServiceState s = new UserService(TestHost.of(ServiceOs.LINUX, home, calls)).install(db());
        assertThat(s.installed()).isTrue();
        assertThat(s.running()).isFalse();
        assertThat(s.state()).isEqualTo("unknown");
        assertThat(s.notes()).singleElement().asString().contains("systemctl --user enable --now " + s.id() + ".service");
        assertThat(calls.calls).allMatch(c -> c.equals("systemctl --user show-environment"));
    }

    @Test
    void aFailingSystemctlIsReportedWithItsOwnWords() throws Exception {
        RecordingProcesses calls = RecordingProcesses.systemdUp().answer("systemctl --user enable", 1, "Unit file is masked.");
        assertThatThrownBy(() -> new UserService(TestHost.of(ServiceOs.LINUX, home, calls)).install(db()))
                .isInstanceOf(ServiceException.class).hasMessageContaining("enable").hasMessageContaining("Unit file is masked.");
    }

    @Test
    void anInstalledLauncherIsUsedAsItIsAndNothingIsCopied() throws Exception {
        Path launcher = Files.createDirectories(home.resolve("opt/golive/bin")).resolve("golive");
        Files.writeString(launcher, "#!/bin/sh");
        Host h = TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp());
        Host installed = new Host(h.os(), h.home(), h.configHome(), h.dataFolder(), h.processes(), h.javaHome(), Optional.of(launcher),
                h.runningCode(), h.userName());
        assertThat(Launcher.command(installed)).containsExactly(launcher.toString());
        assertThat(home.resolve("data").resolve(Launcher.JAR_COPY)).doesNotExist();
    }

    @Test
    void aDevelopmentBuildFromAClassesFolderIsRefused() throws Exception {
        Host h = TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp());
        Host classes = new Host(h.os(), h.home(), h.configHome(), h.dataFolder(), h.processes(), h.javaHome(), Optional.empty(),
                Files.createDirectories(home.resolve("target/classes")), h.userName());
        assertThatThrownBy(() -> new UserService(classes).install(db())).isInstanceOf(ServiceException.class)
                .hasMessageContaining("development build");
        assertThat(home.resolve("config")).doesNotExist();
    }

    @Test
    void onMacOsTheAgentIsLoadedFromLaunchAgentsAndUnloadedOnUninstall() throws Exception {
        RecordingProcesses calls = new RecordingProcesses().answer("launchctl load", 0, "")
                .answer("launchctl list", 0, "{\n\t\"Label\" = \"app.golive.x\";\n\t\"PID\" = 4242;\n};");
        Host host = TestHost.of(ServiceOs.MACOS, home, calls);
        String id = ServiceSpec.idOf(db());
        Path plist = home.resolve("Library/LaunchAgents/app.golive." + id + ".plist");
        ServiceState s = new UserService(host).install(db());
        assertThat(plist).exists();
        assertThat(s.running()).isTrue();
        assertThat(calls.calls).contains("launchctl load -w " + plist);
        new UserService(host).install(db());
        assertThat(calls.calls).contains("launchctl unload " + plist);
        new UserService(host).uninstall(db());
        assertThat(plist).doesNotExist();
        assertThat(calls.calls).contains("launchctl unload -w " + plist);
    }

    @Test
    void onWindowsTheTaskIsCreatedFromItsXmlAndDeletedOnUninstall() throws Exception {
        RecordingProcesses calls = new RecordingProcesses().answer("schtasks /Create", 0, "SUCCESS").answer("schtasks /Run", 0, "")
                .answer("schtasks /Query", 0, "TaskName:   \\Cart Go-Live\\x\nStatus:     Running\n").answer("schtasks /Delete", 0, "")
                .answer("schtasks /End", 0, "");
        Host host = TestHost.of(ServiceOs.WINDOWS, home, calls);
        String id = ServiceSpec.idOf(db());
        ServiceState s = new UserService(host).install(db());
        Path xml = home.resolve("data").resolve(id + ".task.xml");
        assertThat(Files.readString(xml, java.nio.charset.StandardCharsets.UTF_16)).contains("<LogonTrigger>");
        assertThat(calls.calls).contains("schtasks /Create /TN \\Cart Go-Live\\" + id + " /XML " + xml + " /F");
        assertThat(s.running()).isTrue();
        assertThat(s.state()).isEqualTo("Running");
        new UserService(host).uninstall(db());
        assertThat(calls.calls).contains("schtasks /Delete /TN \\Cart Go-Live\\" + id + " /F");
        assertThat(xml).doesNotExist();
    }
}
