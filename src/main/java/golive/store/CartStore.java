package golive.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import golive.cart.CartConfig;
import golive.cart.CheckResult;
import golive.cart.ConnectionReport;
import golive.domain.CartKind;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The connected cart (secrets encrypted) and its connection-test history. */
public final class CartStore {

    /** A stored connection test run. */
    public record TestRun(String fingerprint, Instant testedAt, ConnectionReport report) {
        public boolean passed() {
            return report.passed();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecretStore secrets;

    public CartStore(SecretStore secrets) {
        this.secrets = secrets;
    }

    public void save(Connection c, CartConfig config, Instant at) throws SQLException {
        // an update, else the first insert: the same two statements on H2 and PostgreSQL
        String[] sql = {"UPDATE cart_config SET kind = ?, url = ?, shop_key = ?, api_version = ?, secrets_enc = ?, fingerprint = ?, "
                + "saved_at = ? WHERE id = 1",
                "INSERT INTO cart_config (kind, url, shop_key, api_version, secrets_enc, fingerprint, saved_at, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"};
        for (String statement : sql) {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                ps.setString(1, config.kind().id());
                ps.setString(2, config.url().toString());
                ps.setString(3, config.shopKey());
                ps.setString(4, config.apiVersion());
                ps.setBytes(5, secrets.encrypt(config.secrets()));
                ps.setString(6, fingerprint(config));
                Sql.setInstant(ps, 7, at);
                if (ps.executeUpdate() == 1) {
                    return;
                }
            }
        }
    }

    /** The keyed fingerprint of {@code config}: what a connection test is recorded against. */
    public String fingerprint(CartConfig config) {
        return secrets.fingerprint(config.fingerprintMaterial());
    }

    public Optional<CartConfig> load(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cart_config WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            byte[] blob = rs.getBytes("secrets_enc");
            Map<String, String> s = blob == null ? Map.of() : secrets.decrypt(blob);
            return Optional.of(new CartConfig(CartKind.fromId(rs.getString("kind")), URI.create(rs.getString("url")),
                    s, rs.getString("api_version")));
        }
    }

    /** The fingerprint of the saved config, read without decrypting anything. */
    public Optional<String> fingerprint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM cart_config WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** Forgets the cart and its secrets (cart disconnect). Test history stays: it holds no secret. */
    public boolean delete(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cart_config WHERE id = 1")) {
            return ps.executeUpdate() > 0;
        }
    }

    public void recordTest(Connection c, String fingerprint, Instant at, ConnectionReport r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO connection_test (fingerprint, tested_at, passed, store_zone, currency, api_version_served, "
                        + "history_limit_days, clock_skew_ms, checks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, fingerprint);
            Sql.setInstant(ps, 2, at);
            ps.setBoolean(3, r.passed());
            ps.setString(4, r.storeZone());
            ps.setString(5, r.currency());
            ps.setString(6, r.apiVersionServed());
            ps.setObject(7, r.historyLimitDays());
            ps.setObject(8, r.clockSkew() == null ? null : r.clockSkew().toMillis());
            ps.setString(9, JSON.writeValueAsString(r.checks()));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<TestRun> lastTest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM connection_test ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<CheckResult> checks = JSON.readValue(rs.getString("checks_json"), new TypeReference<List<CheckResult>>() { });
            Long skew = Sql.longOrNull(rs, "clock_skew_ms");
            ConnectionReport report = new ConnectionReport(checks, rs.getString("store_zone"), rs.getString("currency"),
                    rs.getString("api_version_served"), Sql.integer(rs, "history_limit_days"),
                    skew == null ? null : Duration.ofMillis(skew));
            return Optional.of(new TestRun(rs.getString("fingerprint"), Sql.instant(rs, "tested_at"), report));
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored connection test is unreadable", e);
        }
    }
}
