package golive.cli;

import golive.sandbox.SandboxShop;
import golive.sandbox.magento.MagentoSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Magento store from the command line: the access token alone, then the four OAuth values with the token secret from the environment. */
class MagentoCliTest {
    @TempDir
    Path dir;
    final MagentoSandbox sandbox = new MagentoSandbox(new SandboxShop(Clock.systemUTC())).start();

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void theAccessTokenConnectsAndTests() {
        String token = sandbox.credentials().get("token");
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of());
        CliRunner.Result connect = cli.run("cart", "connect", "--kind", "magento", "--url", sandbox.baseUrl() + "/admin_x1/sales/order/",
                "--token", token);
        assertThat(connect.exit()).as(connect.out() + connect.err()).isZero();
        assertThat(connect.out()).doesNotContain(token);
        CliRunner.Result test = cli.run("--json", "cart", "test");
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).contains("read_orders").contains("America/New_York").doesNotContain(token);
        assertThat(cli.run("--json", "status").out()).contains("127.0.0.1").doesNotContain("admin_x1"); // the store, not its admin
    }

    @Test
    void whereBearerIsOffTheFourValuesSignAndATokenAloneIsRejected() {
        sandbox.bearerTokens(false);
        Map<String, String> c = sandbox.credentials();
        CliRunner bearer = new CliRunner(dir.resolve("golive"), Map.of());
        assertThat(bearer.run("cart", "connect", "--kind", "magento", "--url", sandbox.baseUrl().toString(), "--token", c.get("token")).exit())
                .isZero();
        CliRunner.Result refused = bearer.run("cart", "test");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.out() + refused.err()).contains("standalone Bearer tokens").doesNotContain(c.get("token"));
        CliRunner cli = new CliRunner(dir.resolve("golive"), Map.of("GOLIVE_CART_TOKEN_SECRET", c.get("token_secret")));
        CliRunner.Result half = cli.run("cart", "connect", "--kind", "magento", "--url", sandbox.baseUrl().toString(), "--token", c.get("token"));
        assertThat(half.exit()).isEqualTo(2);
        assertThat(half.err()).contains("all four").doesNotContain(c.get("token_secret"));
        assertThat(cli.run("cart", "connect", "--kind", "magento", "--url", sandbox.baseUrl().toString(), "--key", c.get("key"),
                "--secret", c.get("secret"), "--token", c.get("token")).exit()).isZero();
        CliRunner.Result signed = cli.run("--json", "cart", "test");
        assertThat(signed.exit()).as(signed.out() + signed.err()).isZero();
        assertThat(signed.out()).contains("OAuth signature was accepted").doesNotContain(c.get("token_secret"));
    }
}
