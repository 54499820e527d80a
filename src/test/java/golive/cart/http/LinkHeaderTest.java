package golive.cart.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTest {
    private static final String NEXT = "https://example-shop.myshopify.com/admin/api/2025-01/orders.json?limit=2&page_info=eyJkaXJlY3Rpb24iOiJuZXh0In0";
    private static final String PREV = "https://example-shop.myshopify.com/admin/api/2025-01/orders.json?limit=2&page_info=eyJkaXJlY3Rpb24iOiJwcmV2In0";

    @Test
    void findsNextExactlyAsGiven() {
        List<String> header = List.of("<" + NEXT + ">; rel=\"next\"");

        assertThat(LinkHeader.find(header, "next")).contains(URI.create(NEXT));
        assertThat(LinkHeader.find(header, "previous")).isEmpty();
    }

    @Test
    void findsEitherOfTwoLinksInOneValue() {
        List<String> header = List.of("<" + PREV + ">; rel=\"previous\", <" + NEXT + ">; rel=\"next\"");

        assertThat(LinkHeader.find(header, "previous")).contains(URI.create(PREV));
        assertThat(LinkHeader.find(header, "next")).contains(URI.create(NEXT));
    }

    @Test
    void noHeaderMeansNoLink() {
        assertThat(LinkHeader.find(List.of(), "next")).isEmpty();
    }
}
