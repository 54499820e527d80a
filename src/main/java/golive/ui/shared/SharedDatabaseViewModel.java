package golive.ui.shared;

import golive.store.SharedLogin;
import golive.store.StoreTarget;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The "shared database" form: what {@code --db jdbc:postgresql://...} takes on the command line, as
 * fields. {@link #problemKey()} names the first thing wrong (a message key, shown by the view); the
 * password stays in memory only. FX thread only; no toolkit needed to test it.
 */
public final class SharedDatabaseViewModel {
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty keyFile = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper();
    private final BooleanBinding canOpen;

    public SharedDatabaseViewModel() {
        problemKey.bind(Bindings.createStringBinding(this::problem, url, user, keyFile));
        canOpen = problemKey.isNull();
    }

    private String problem() {
        String u = url.get().strip();
        if (!u.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://") || u.length() <= "jdbc:postgresql://".length()
                || !u.substring("jdbc:postgresql://".length()).contains("/")) {
            return "shared.problem.url";
        }
        if (u.toLowerCase(Locale.ROOT).contains("password=")) {
            return "shared.problem.passwordInUrl";
        }
        if (user.get().isBlank() && !u.toLowerCase(Locale.ROOT).contains("user=")) {
            return "shared.problem.user";
        }
        if (keyFile.get().isBlank()) {
            return "shared.problem.keyFile";
        }
        return null;
    }

    /** The store to open, when the form is complete (an empty password: the server's own login, e.g. .pgpass). */
    public Optional<StoreTarget> target() {
        if (!canOpen.get()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoreTarget.Shared(SharedLogin.of(url.get().strip(), user.get().strip(),
                    password.get().isEmpty() ? null : password.get(), Path.of(keyFile.get().strip()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    /** The message key of the first problem, or null when the form can be opened. */
    public ReadOnlyStringProperty problemKeyProperty() {
        return problemKey.getReadOnlyProperty();
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }
}
