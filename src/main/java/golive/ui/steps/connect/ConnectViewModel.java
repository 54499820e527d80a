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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 1: which cart, its URL and credentials, validated as typed with the engine's own rules
 * ({@link CartUrls}, {@link CartConfig#credentialSets}, {@link CartConnectors#credentialProblem})
 * and saved through {@code Cutover.connect}. Where a cart takes two kinds of credential (Shopify: a
 * Dev Dashboard app's client ID and secret, or a legacy token) the default is the first and
 * {@link #alternativeProperty()} switches to the other. FX thread only.
 */
public final class ConnectViewModel {
    private final WizardViewModel wizard;
    private final ObjectProperty<CartKind> kind = new SimpleObjectProperty<>(CartKind.SHOPIFY);
    private final StringProperty url = new SimpleStringProperty("");
    private final Map<String, StringProperty> secrets = Map.of(CartConfig.TOKEN, new SimpleStringProperty(""),
            CartConfig.KEY, new SimpleStringProperty(""), CartConfig.SECRET, new SimpleStringProperty(""),
            CartConfig.TOKEN_SECRET, new SimpleStringProperty(""));
    private final ReadOnlyListWrapper<CartKind> kinds = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(supportedKinds()));
    private final ReadOnlyListWrapper<String> required = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final BooleanProperty alternative = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasAlternative = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper credentialProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ConnectViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
        kind.addListener((o, a, k) -> kindChanged());
        alternative.addListener((o, a, b) -> kindChanged());
        kindChanged();
        credentialProblem.bind(Bindings.createStringBinding(this::credentialVerdict, kind, required, secrets.get(CartConfig.TOKEN),
                secrets.get(CartConfig.KEY), secrets.get(CartConfig.SECRET), secrets.get(CartConfig.TOKEN_SECRET)));
        locked.bind(Bindings.createBooleanBinding(() -> wizard.snapshot().locked(), wizard.snapshotProperty()));
        canSave.bind(Bindings.createBooleanBinding(() -> !busy.get() && !locked.get() && problems().isEmpty(),
                busy, locked, url, kind, required, credentialProblem, secrets.get(CartConfig.TOKEN),
                secrets.get(CartConfig.KEY), secrets.get(CartConfig.SECRET), secrets.get(CartConfig.TOKEN_SECRET)));
    }

    /** The carts this version can connect to: those the engine has a connector for. */
    static List<CartKind> supportedKinds() {
        return CartConnectors.supported();
    }

    private void kindChanged() {
        CartKind k = kind.get();
        List<List<String>> sets = k == null ? List.of(List.of()) : CartConfig.credentialSets(k);
        hasAlternative.set(sets.size() > 1);
        boolean other = alternative.get() && sets.size() > 1;
        required.setAll(sets.get(other ? 1 : 0));
        String helpKey = k == null ? null : "connect.help." + k.id() + (other ? ".alternative" : "");
        help.set(helpKey == null ? "" : I18n.t(helpKey));
    }

    /** The engine's word on the credentials as typed (a secret in the token field...); empty while any is blank. */
    private String credentialVerdict() {
        Map<String, String> values = typed();
        if (kind.get() == null || values.size() < required.size()) {
            return "";
        }
        return CartConnectors.credentialProblem(new CartConfig(kind.get(), URI.create("https://probe.invalid"), values, null))
                .map(why -> Messages.inWindow(Problem.of(ProblemCode.BAD_CREDENTIAL, I18n.t("cart." + kind.get().id()), why)))
                .orElse("");
    }

    /** The required credentials that are filled in, stripped. */
    private Map<String, String> typed() {
        Map<String, String> values = new HashMap<>();
        for (String name : required) {
            String v = secrets.get(name).get();
            if (v != null && !v.isBlank()) {
                values.put(name, v.strip());
            }
        }
        return values;
    }

    /** The label of a credential field for the chosen cart ("Client ID" for Shopify's key). */
    public String label(String name) {
        return label(kind.get(), name);
    }

    /** The label of credential {@code name} for {@code cart} (null: the generic one), with its mnemonic underscore. */
    public static String label(CartKind cart, String name) {
        String specific = "connect.secret." + name + ".label." + (cart == null ? "" : cart.id());
        return Messages.has(specific) ? I18n.t(specific) : I18n.t("connect.secret." + name + ".label");
    }

    /** The words of the switch to the cart's other kind of credential; empty when it has none. */
    public String alternativeLabel() {
        String key = kind.get() == null ? null : "connect.alternative." + kind.get().id();
        return key != null && Messages.has(key) ? I18n.t(key) : "";
    }

    /** The prompt of the store URL field for the chosen cart (BigCommerce wants its API Path, not the shop's address). */
    public String urlPrompt() {
        String specific = "connect.url.prompt." + (kind.get() == null ? "" : kind.get().id());
        return Messages.has(specific) ? I18n.t(specific) : I18n.t("connect.url.prompt");
    }

    /** The prompt of a credential field for the chosen cart. */
    public String prompt(String name) {
        String specific = "connect.secret." + name + ".prompt." + (kind.get() == null ? "" : kind.get().id());
        return Messages.has(specific) ? I18n.t(specific) : I18n.t("connect.secret." + name + ".prompt");
    }

    /** Shows what is saved (or clears the form when nothing is). */
    public void load(Snapshot s) {
        s.config().ifPresent(c -> {
            kind.set(c.kind());
            List<String> first = CartConfig.credentialSets(c.kind()).get(0);
            // the other way when the default one is incomplete, or when more was saved than it takes (Magento's OAuth four)
            alternative.set(CartConfig.credentialSets(c.kind()).size() > 1 && (first.stream().anyMatch(n -> c.secret(n) == null)
                    || !first.containsAll(c.secrets().keySet())));
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
            String shown = CartUrls.shown(text.strip()); // a password typed into the URL is not shown back
            return Messages.inWindow(insecure ? Problem.of(ProblemCode.INSECURE_URL, shown)
                    : Problem.of(ProblemCode.BAD_URL, shown, e.getMessage()));
        }
    }

    /** Empty when the credential is filled in (or not needed for this cart). */
    public String validateSecret(String name) {
        if (!required.contains(name)) {
            return "";
        }
        String v = secrets.get(name).get();
        return v == null || v.isBlank() ? I18n.t("connect.secret.required", label(name).replace("_", "")) : "";
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
        if (!credentialProblem.get().isEmpty()) {
            out.add(credentialProblem.get());
        }
        return out;
    }

    /** Saves the cart (secrets encrypted by the engine); the connection test must run again afterwards. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        CartConfig config = new CartConfig(kind.get(), CartUrls.parse(url.get()), typed(), null);
        error.set("");
        wizard.background().run(busy, () -> {
            wizard.cutover().connect(config);
            return wizard.cutover().cartConfig().orElse(config); // as saved: an admin URL names the store
        }, c -> {
            message.set(I18n.t("connect.saved", c.normalisedUrl()));
            wizard.refresh();
        }, e -> error.set(UserError.of(e)));
    }

    /**
     * Forgets the cart and deletes its secrets through the engine (audited; Auto Sync stops;
     * imported orders stay). The fields are emptied.
     */
    public void disconnect() {
        error.set("");
        wizard.background().run(busy, () -> wizard.cutover().disconnect(), removed -> {
            secrets.values().forEach(p -> p.set(""));
            url.set("");
            message.set(removed ? I18n.t("connect.disconnected") : "");
            wizard.refresh();
        }, e -> error.set(UserError.of(e)));
    }

    /** A cart is saved: there is something to disconnect. */
    public boolean connected() {
        return wizard.snapshot().config().isPresent();
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

    /** Use the cart's other kind of credential (Shopify: "I already have an Admin API access token"). */
    public BooleanProperty alternativeProperty() {
        return alternative;
    }

    /** Whether the chosen cart takes another kind of credential at all. */
    public ReadOnlyBooleanProperty hasAlternativeProperty() {
        return hasAlternative.getReadOnlyProperty();
    }

    /** Why the credentials as typed cannot be the cart's (a value in the wrong field); empty when they may be. */
    public ReadOnlyStringProperty credentialProblemProperty() {
        return credentialProblem.getReadOnlyProperty();
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
