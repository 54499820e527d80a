package golive.cli;

import golive.sandbox.SandboxShop;
import golive.sandbox.prestashop.PrestaShopSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A PrestaShop shop from the command line: a key of the wrong length refused before saving, then connected and tested. */
class PrestaShopCliTest {
    @TempDir
    Path dir;
    final PrestaShopSandbox sandbox = new PrestaShopSandbox(new SandboxShop(Clock.systemUTC())).start();

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void aShortKeyIsRefusedThenTheRightOneConnectsAndTests() {
        String key = sandbox.credentials().get("key");
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        CliRunner.Result shortKey = cli.run("cart", "connect", "--kind", "prestashop", "--url", sandbox.baseUrl().toString(), "--key", "ABC123");
        assertThat(shortKey.exit()).isEqualTo(2);
        assertThat(shortKey.err()).contains("32 letters and digits");
        CliRunner.Result connect = cli.run("cart", "connect", "--kind", "prestashop", "--url", sandbox.baseUrl() + "/api/", "--key", key);
        assertThat(connect.exit()).as(connect.out() + connect.err()).isZero();
        CliRunner.Result test = cli.run("--json", "cart", "test");
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("store_info").doesNotContain(key);
    }
}
