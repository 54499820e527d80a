package golive.sandbox;

import java.util.List;

/**
 * What the sandbox just put on an orders page, given to the after-page hook before the page
 * is sent (so a change the hook makes lands strictly between this page and the next). Immutable.
 *
 * @param orderIds the ids on the page, in page order
 */
public record ServedPage(List<Long> orderIds, boolean hasNext, boolean hasPrevious) {
    public ServedPage {
        orderIds = List.copyOf(orderIds);
    }
}
