package golive.sandbox;

import java.net.URI;
import java.util.Map;

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

    /**
     * What a merchant types in step 1 besides the URL, by the command line's names ({@code key},
     * {@code secret}, {@code token}), in the order step 1 asks for them.
     */
    Map<String, String> credentials();

    /** The merchant issues new credentials (a rotated secret): the old stop working, {@link #credentials()} shows the new. */
    void rotateCredentials();

    /** The order's id as this cart's API names it. */
    String orderId(SandboxOrder o);

    /** The order's number as this cart shows it to people and in its export ("#1001", "1001"). */
    String orderNumber(SandboxOrder o);

    @Override
    void close();
}
