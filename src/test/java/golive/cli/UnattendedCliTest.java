package golive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import golive.service.Host;
import golive.service.RecordingProcesses;
import golive.service.ServiceOs;
import golive.service.ServiceSpec;
import golive.service.TestHost;
import golive.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sync service ...} over a temporary home with recorded systemctl calls, and {@code notify ...} against GreenMail. */
class UnattendedCliTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    Run cli(Host host, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", home.resolve("shop/golive").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env, Clock.systemUTC(), host);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void serviceInstallStatusAndUninstallAreIdempotentAndStatusShowsTheService() throws Exception {
        RecordingProcesses calls = RecordingProcesses.systemdUp();
        Host host = TestHost.of(ServiceOs.LINUX, home, calls);
        String id = ServiceSpec.idOf(home.resolve("shop/golive"));
        Path unit = home.resolve("config/systemd/user/" + id + ".service");

        Run install = cli(host, Map.of(), "sync", "service", "install");
        assertThat(install.exit()).as(install.err()).isZero();
        assertThat(install.out()).contains("installed: yes", "running: yes", "loginctl enable-linger owner", "no runner holds the lease");
        assertThat(Files.readString(unit)).contains("\"sync\" \"run\" \"--service\"", "\"--db\" \"" + home.resolve("shop/golive") + "\"");
        assertThat(cli(host, Map.of(), "sync", "service", "install").exit()).isZero();

        Run status = cli(host, Map.of(), "--json", "status");
        assertThat(status.json().at("/service/installed").asBoolean()).isTrue();
        assertThat(status.json().at("/service/isService").asBoolean()).isFalse();
        assertThat(cli(host, Map.of(), "status").out()).contains("Background service: installed");

        Run json = cli(host, Map.of(), "--json", "sync", "service", "status");
        assertThat(json.json().at("/service/id").asText()).isEqualTo(id);
        assertThat(json.json().at("/service/running").asBoolean()).isTrue();
        assertThat(json.json().at("/runner/autoSync").asText()).isEqualTo("STOPPED");

        assertThat(cli(host, Map.of(), "sync", "service", "uninstall").out()).contains("installed: no");
        assertThat(unit).doesNotExist();
        assertThat(cli(host, Map.of(), "sync", "service", "uninstall").exit()).isZero();
        assertThat(calls.calls).noneMatch(c -> c.contains("enable-linger"));
    }

    @Test
    void aSharedDatabasesPasswordAndKeyFilesCanBeNamedAsTheServiceNamesThem() throws Exception {
        // what the service's command line carries instead of the environment it was installed from
        Path missing = home.resolve("no-such-password-file");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"--json", "--db", "jdbc:postgresql://127.0.0.1:1/shop1?user=owner", "--db-password-file",
                missing.toString(), "--db-key-file", home.resolve("team.key").toString(), "status"}, new PrintWriter(out), new PrintWriter(err),
                Map.of(), Clock.systemUTC(), TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp()));
        assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(new ObjectMapper().readTree(out.toString()).at("/error/message").asText()).contains(missing.toString(), "does not exist");
    }

    @Test
    void aServiceThatCannotBeInstalledSaysWhyWithExit3() throws Exception {
        Host dev = TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp());
        Host classes = new Host(dev.os(), dev.home(), dev.configHome(), dev.dataFolder(), dev.processes(), dev.javaHome(),
                java.util.Optional.empty(), Files.createDirectories(home.resolve("target/classes")), dev.userName());
        Run r = cli(classes, Map.of(), "--json", "sync", "service", "install");
        assertThat(r.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("SERVICE");
        assertThat(r.json().at("/error/message").asText()).contains("development build");
    }

    @Test
    void notifyEmailStoresThePasswordEncryptedTestSendsAndOffDeletesIt() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            smtp.setUser("alerts@shop.test", "alerts@shop.test", "pw-in-env-only");
            Host host = TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp());
            Map<String, String> env = Map.of(NotifyCommands.PASSWORD_ENV, "pw-in-env-only");
            String port = String.valueOf(smtp.getSmtp().getPort());

            Run bad = cli(host, env, "notify", "email", "--to", "owner@", "--smtp-host", "127.0.0.1");
            assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(bad.err()).contains("owner@", "e-mail address");
            Run clear = cli(host, env, "notify", "email", "--to", "owner@shop.test", "--smtp-host", "smtp.example.com", "--smtp-user", "u");
            assertThat(clear.exit()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(clear.err()).contains("STARTTLS or TLS");

            Run set = cli(host, env, "notify", "email", "--to", "owner@shop.test", "--smtp-host", "127.0.0.1", "--smtp-port", port,
                    "--smtp-user", "alerts@shop.test", "--fail-after", "45m");
            assertThat(set.exit()).as(set.err()).isZero();
            assertThat(set.out()).contains("owner@shop.test", "password stored encrypted", "45 min").doesNotContain("pw-in-env-only");

            Run test = cli(host, Map.of(), "notify", "test"); // the stored password, not the environment's
            assertThat(test.exit()).as(test.err()).isZero();
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(cli(host, Map.of(), "notify", "status").out()).contains("email test:", "test message");

            try (Database db = Database.open(home.resolve("shop/golive"))) {
                String stored = db.read(c -> {
                    try (var rs = c.createStatement().executeQuery("SELECT * FROM notify_settings")) {
                        StringBuilder sb = new StringBuilder();
                        while (rs.next()) {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                Object v = rs.getObject(i);
                                sb.append(v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : v).append('|');
                            }
                        }
                        return sb.toString();
                    }
                });
                assertThat(stored).contains("owner@shop.test").doesNotContain("pw-in-env-only");
            }

            assertThat(cli(host, Map.of(), "notify", "off").out()).contains("off");
            Run after = cli(host, Map.of(), "notify", "test");
            assertThat(after.exit()).isEqualTo(ExitCode.REFUSED);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aTestEmailThatCannotBeSentExits4WithTheReason() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Host host = TestHost.of(ServiceOs.LINUX, home, RecordingProcesses.systemdUp());
        assertThat(cli(host, Map.of(), "notify", "email", "--to", "owner@shop.test", "--smtp-host", "127.0.0.1", "--smtp-port",
                String.valueOf(closed)).exit()).isZero();
        Run r = cli(host, Map.of(), "--json", "notify", "test");
        assertThat(r.exit()).isEqualTo(ExitCode.CART_UNAVAILABLE);
        assertThat(r.json().at("/error/code").asText()).isEqualTo("SMTP_FAILED");
        assertThat(cli(host, Map.of(), "notify", "status").out()).contains("NOT SENT");
    }
}
