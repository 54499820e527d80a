package golive.sandbox;

import java.net.URI;

/**
 * One cart's API over the {@link SandboxShop} on 127.0.0.1 ({@code sandbox/<cart>/}): what
 * rehearsals and scenario faults need from any face. Implementations are thread-safe.
 */
public interface SandboxFace extends AutoCloseable {
    SandboxShop shop();

    /** Spoils chosen requests (429, 5xx, dropped, slow, truncated...). */
    Faults faults();

    /** The store URL a merchant would enter for this face. */
    URI baseUrl();

    /**
     * The merchant withdraws this app's access (uninstalls it, deletes the key): every credential
     * the face knows stops working. @return what gives the same credentials back
     */
    Runnable revokeAccess();

    @Override
    void close();
}
