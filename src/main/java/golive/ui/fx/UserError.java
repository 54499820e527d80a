package golive.ui.fx;

import golive.cart.CartException;
import golive.i18n.Messages;
import golive.launch.InvalidInput;
import golive.launch.Refusal;
import golive.store.StoreException;

import java.util.concurrent.CompletionException;

/**
 * A failure in words a shop owner can act on: what happened and what to do, never a stack
 * trace. Engine problems use their {@code problem.<CODE>} messages. Thread-safe (stateless).
 */
public final class UserError {
    private UserError() {
    }

    public static String of(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof Refusal r) {
            return String.join("\n", r.problems().stream().map(Messages::inWindow).toList());
        }
        if (t instanceof InvalidInput i) {
            return Messages.inWindow(i.problem());
        }
        if (t instanceof CartException.Rejected r) {
            return Messages.get("error.cart.rejected", r.status(), r.getMessage());
        }
        if (t instanceof CartException c) {
            return Messages.get("error.cart.unavailable", c.getMessage());
        }
        if (t instanceof StoreException s) {
            return Messages.get("error.database", s.getMessage());
        }
        // the log has the exception; the window says what happened without Java's names
        return Messages.get("error.unexpected", t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage());
    }
}
