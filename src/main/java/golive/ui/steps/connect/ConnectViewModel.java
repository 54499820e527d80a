package golive.ui.steps.connect;

import golive.cart.CartConfig;
import golive.cart.CartConnectors;
import golive.cart.http.CartUrls;
import golive.domain.CartKind;
import golive.i18n.Messages;
import golive.launch.Problem;
import golive.launch.ProblemCode;
import golive.ui.fx.I18n;
import golive.ui.fx.UserError;
import golive.ui.wizard.Snapshot;
import golive.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 1: which cart, its URL and credentials, validated with the engine's own rules
 * ({@link CartUrls}, {@link CartConfig#requiredSecrets}) and saved through {@code Cutover.connect}.
 * FX thread only.
 */
public final class ConnectViewModel {
    private final WizardViewModel wizard;
    private final ObjectProperty<CartKind> kind = new SimpleObjectProperty<>(CartKind.SHOPIFY);
    private final StringProperty url = new SimpleStringProperty("");
    private final Map<String, StringProperty> secrets = Map.of(CartConfig.TOKEN, new SimpleStringProperty(""),
            CartConfig.KEY, new SimpleStringProperty(""), CartConfig.SECRET, new SimpleStringProperty(""));
    private final ReadOnlyListWrapper<CartKind> kinds = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(supportedKinds()));
    private final ReadOnlyListWrapper<String> required = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ConnectViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        kind.addListener((o, a, k) -> kindChanged(k));
        kindChanged(kind.get());
        locked.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().locked(), wizard.snapshotProperty()));
        canSave.bind(Bindings.createBooleanBinding(() -> !busy.get() && !locked.get() && problems().isEmpty(),
                busy, locked, url, kind, secrets.get(CartConfig.TOKEN), secrets.get(CartConfig.KEY), secrets.get(CartConfig.SECRET)));
    }

    /** The carts this version can connect to: those the engine opens a connector for. */
    static List<CartKind> supportedKinds() {
        return Arrays.stream(CartKind.values()).filter(ConnectViewModel::supported).toList();
    }

    private static boolean supported(CartKind k) {
        Map<String, String> all = new HashMap<>();
        CartConfig.requiredSecrets(k).forEach(n -> all.put(n, "probe"));
        try {
            // the same probe Cutover.connect makes: the engine says whether it has a connector for this kind
            CartConnectors.open(new CartConfig(k, URI.create("https://probe.invalid"), all, null), Clock.systemUTC());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void kindChanged(CartKind k) {
        required.setAll(k == null ? List.of() : CartConfig.requiredSecrets(k));
        help.set(k == null ? "" : I18n.t("connect.help." + k.id()));
    }

    /** Shows what is saved (or clears the form when nothing is). */
    public void load(Snapshot s) {
        s.config().ifPresent(c -> {
            kind.set(c.kind());
            url.set(c.normalisedUrl());
            secrets.forEach((name, p) -> p.set(c.secret(name) == null ? "" : c.secret(name)));
        });
        message.set("");
        error.set("");
    }

    /** The engine's verdict on the URL as typed; empty when it is acceptable. */
    public static String validateUrl(String text) {
        if (text == null || text.isBlank()) {
            return I18n.t("connect.url.required");
        }
        try {
            CartUrls.parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            boolean insecure = text.strip().toLowerCase(Locale.ROOT).startsWith("http://");
            return Messages.of(insecure ? Problem.of(ProblemCode.INSECURE_URL, text.strip())
                    : Problem.of(ProblemCode.BAD_URL, text.strip(), e.getMessage()));
        }
    }

    /** Empty when the credential is filled in (or not needed for this cart). */
    public String validateSecret(String name) {
        if (!required.contains(name)) {
            return "";
        }
        String v = secrets.get(name).get();
        return v == null || v.isBlank() ? I18n.t("connect.secret.required", I18n.t("connect.secret." + name + ".label")) : "";
    }

    /** Every input problem, in form order. */
    public List<String> problems() {
        List<String> out = new java.util.ArrayList<>();
        String u = validateUrl(url.get());
        if (!u.isEmpty()) {
            out.add(u);
        }
        for (String name : required) {
            String p = validateSecret(name);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Saves the cart (secrets encrypted by the engine); the connection test must run again afterwards. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String name : required) {
            values.put(name, secrets.get(name).get().strip());
        }
        CartConfig config = new CartConfig(kind.get(), CartUrls.parse(url.get()), values, null);
        error.set("");
        wizard.background().run(busy, () -> {
            wizard.cutover().connect(config);
            return config;
        }, c -> {
            message.set(I18n.t("connect.saved", c.normalisedUrl()));
            wizard.refresh();
        }, e -> error.set(UserError.of(e)));
    }

    public ObjectProperty<CartKind> kindProperty() {
        return kind;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty secretProperty(String name) {
        return secrets.get(name);
    }

    public ReadOnlyListProperty<CartKind> kindsProperty() {
        return kinds.getReadOnlyProperty();
    }

    /** Names of the credentials the chosen cart needs (token, key, secret). */
    public ReadOnlyListProperty<String> requiredProperty() {
        return required.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
