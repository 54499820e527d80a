package golive.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The three service files made from one {@link ServiceSpec}: what each holds, and that the OS's own parser takes it. */
class ServiceFilesTest {
    @TempDir
    Path dir;

    /** A database path with a space, a percent sign and a dollar, which each format must keep literal. */
    ServiceSpec spec() {
        Path db = dir.resolve("my shop 100%").resolve("$store").resolve("golive");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return ServiceSpec.of(db, List.of(java, "-jar", dir.resolve("data").resolve(Launcher.JAR_COPY).toString()));
    }

    @Test
    void theSpecRunsSyncRunAsTheServiceOnTheAbsoluteDatabase() {
        ServiceSpec relative = ServiceSpec.of(Path.of("shops", "golive"), List.of("/opt/golive/bin/golive"));
        Path db = Path.of(relative.store());
        assertThat(db).isAbsolute();
        assertThat(relative.command()).containsExactly("/opt/golive/bin/golive", "--db", relative.store(),
                "sync", "run", "--service");
        assertThat(relative.id()).matches("golive-sync-[0-9a-f]{8}").isEqualTo(ServiceSpec.idOf(db))
                .isNotEqualTo(ServiceSpec.idOf(Path.of("other", "golive")));
        assertThat(relative.workingDir()).isEqualTo(db.getParent());
    }

    @Test
    void aSharedDatabasesServiceNamesItsUserKeyFileAndPasswordFileAndHoldsNoPassword() {
        ServiceSpec shared = ServiceSpec.ofShared("jdbc:postgresql://db.example.com:5432/shop1?user=owner", "db.example.com:5432/shop1 as owner",
                dir.resolve("team.key"), dir.resolve("db-password"), dir, List.of("/opt/golive/bin/golive"));
        assertThat(shared.command()).containsExactly("/opt/golive/bin/golive", "--db", "jdbc:postgresql://db.example.com:5432/shop1?user=owner",
                "--db-key-file", dir.resolve("team.key").toString(), "--db-password-file", dir.resolve("db-password").toString(),
                "sync", "run", "--service");
        assertThat(shared.id()).matches("golive-sync-[0-9a-f]{8}");
        // every system's file carries the same arguments, and no environment a task could not have
        for (String file : List.of(SystemdUnit.render(shared), LaunchdPlist.render(shared), ScheduledTaskXml.render(shared, "PC\\owner"))) {
            assertThat(file).contains("--db-password-file", "--db-key-file", "user=owner").doesNotContainIgnoringCase("password=");
        }
    }

    @Test
    void theSystemdUnitRestartsOnFailureStartsWithTheSessionAndQuotesEveryWord() throws Exception {
        ServiceSpec spec = spec();
        String unit = SystemdUnit.render(spec);
        assertThat(unit).contains("[Service]", "Type=simple", "Restart=on-failure", "RestartSec=30", "WantedBy=default.target")
                .contains("ExecStart=\"" + spec.command().get(0) + "\" \"-jar\"")
                .contains("\"--db\" \"" + dir + "/my shop 100%%/$$store/golive\" \"sync\" \"run\" \"--service\"")
                .contains("WorkingDirectory=" + dir + "/my shop 100%%/$store") // no variables outside ExecStart
                .doesNotContain("Environment", "PASSWORD", "TOKEN");
        assertThat(SystemdUnit.fileName(spec.id())).isEqualTo(spec.id() + ".service");

        Path file = Files.writeString(dir.resolve(SystemdUnit.fileName(spec.id())), unit);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve(Launcher.JAR_COPY), "jar");
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed here: the unit's syntax is checked by content only");
        Process p = new ProcessBuilder(analyze.toString(), "verify", file.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("systemd-analyze verify said: %s", said).isZero();
    }

    @Test
    void theLaunchdAgentRunsAtLoadAndIsKeptAliveOnlyAfterAFailure() throws Exception {
        ServiceSpec spec = spec();
        String plist = LaunchdPlist.render(spec);
        Document doc = parse(plist.getBytes(StandardCharsets.UTF_8));
        var x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/plist/dict/key[.='Label']/following-sibling::string[1]", doc)).isEqualTo("app.golive." + spec.id());
        assertThat(x.evaluate("count(/plist/dict/key[.='ProgramArguments']/following-sibling::array[1]/string)", doc))
                .isEqualTo(String.valueOf(spec.command().size()));
        assertThat(x.evaluate("/plist/dict/key[.='ProgramArguments']/following-sibling::array[1]/string[5]", doc))
                .isEqualTo(spec.store());
        assertThat(x.evaluate("name(/plist/dict/key[.='RunAtLoad']/following-sibling::*[1])", doc)).isEqualTo("true");
        assertThat(x.evaluate("name(/plist/dict/key[.='KeepAlive']/following-sibling::dict[1]/key[.='SuccessfulExit']/following-sibling::*[1])",
                doc)).isEqualTo("false");
        assertThat(plist).doesNotContain("EnvironmentVariables", "PASSWORD");
    }

    @Test
    void theScheduledTaskStartsAtLogonRestartsOnFailureAndNeverTimesOut() throws Exception {
        ServiceSpec spec = ServiceSpec.of(Path.of("C:\\Users\\Owner\\AppData\\Roaming\\golive\\golive"),
                List.of("C:\\Program Files\\Java\\bin\\javaw.exe", "-jar", "C:\\Users\\Owner\\AppData\\Roaming\\golive\\golive-service.jar"));
        String xml = ScheduledTaskXml.render(spec, "SHOP\\owner");
        Document doc = parse(xml.replace("encoding=\"UTF-16\"", "encoding=\"UTF-8\"").getBytes(StandardCharsets.UTF_8));
        var x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/*[local-name()='Task']/*[local-name()='Triggers']/*[local-name()='LogonTrigger']/*[local-name()='UserId']", doc))
                .isEqualTo("SHOP\\owner");
        assertThat(x.evaluate("//*[local-name()='LogonType']", doc)).isEqualTo("InteractiveToken");
        assertThat(x.evaluate("//*[local-name()='RestartOnFailure']/*[local-name()='Interval']", doc)).isEqualTo("PT1M");
        assertThat(x.evaluate("//*[local-name()='ExecutionTimeLimit']", doc)).isEqualTo("PT0S");
        assertThat(x.evaluate("//*[local-name()='Exec']/*[local-name()='Command']", doc)).isEqualTo("C:\\Program Files\\Java\\bin\\javaw.exe");
        assertThat(x.evaluate("//*[local-name()='Exec']/*[local-name()='Arguments']", doc)).startsWith("\"-jar\" \"C:\\Users")
                .endsWith("\"sync\" \"run\" \"--service\"").contains("\"--db\" \"" + spec.store() + "\"");
        assertThat(ScheduledTaskXml.taskName(spec.id())).isEqualTo("\\Cart Go-Live\\" + spec.id());
        assertThat(ScheduledTaskXml.quote("C:\\data\\")).isEqualTo("\"C:\\data\\\\\"");
        assertThat(xml).doesNotContain("Password");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
