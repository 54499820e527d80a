package golive.cli;

import golive.sandbox.SandboxShop;
import golive.sandbox.woocommerce.WooSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A WooCommerce shop from the command line: the key and secret told apart before saving, then connected and tested. */
class WooCliTest {
    @TempDir
    Path dir;
    final WooSandbox sandbox = new WooSandbox(new SandboxShop(Clock.systemUTC())).start();

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void aSwappedPairIsRefusedThenTheRightOneConnectsAndTests() {
        String key = sandbox.credentials().get("key");
        String secret = sandbox.credentials().get("secret");
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_SECRET", secret));
        CliRunner.Result swapped = cli.run("cart", "connect", "--kind", "woocommerce", "--url", sandbox.baseUrl() + "/wp-admin/",
                "--key", secret, "--secret", key);
        assertThat(swapped.exit()).isEqualTo(2);
        assertThat(swapped.err()).contains("swapped").doesNotContain(secret).doesNotContain(key);
        assertThat(cli.run("cart", "connect", "--kind", "woocommerce", "--url", sandbox.baseUrl() + "/wp-admin/", "--key", key).exit())
                .isZero();
        CliRunner.Result test = cli.run("--json", "cart", "test");
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("woocommerce_api").doesNotContain(secret);
        assertThat(cli.run("--json", "status").out()).contains("127.0.0.1").doesNotContain("wp-admin");
    }
}
