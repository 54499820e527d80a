package golive.cart.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodiesTest {

    private static String message(String json) throws Exception {
        JsonNode n = CartHttp.json().readTree(json);
        return ErrorBodies.message(n, json);
    }

    @Test
    void shopifyStringErrors() throws Exception {
        assertThat(message("{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}"))
                .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");
    }

    @Test
    void shopifyObjectErrorsNameTheFieldOnce() throws Exception {
        assertThat(message("{\"errors\":{\"created_at_min\":\"created_at_min cannot be passed when page_info is present.\"}}"))
                .isEqualTo("created_at_min cannot be passed when page_info is present.");
        assertThat(message("{\"errors\":{\"email\":[\"is invalid\",\"is taken\"],\"base\":[\"Order is locked\"]}}"))
                .isEqualTo("email: is invalid; is taken; Order is locked");
    }

    @Test
    void prestaShopAndGraphQlErrorArrays() throws Exception {
        assertThat(message("{\"errors\":[{\"code\":20,\"message\":\"Authentication key is empty\"},{\"code\":21,\"message\":\"No permission for this authentication key\"}]}"))
                .isEqualTo("Authentication key is empty; No permission for this authentication key");
    }

    @Test
    void wooCommerceAndMagentoMessages() throws Exception {
        assertThat(message("{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"Consumer secret is invalid.\",\"data\":{\"status\":401}}"))
                .isEqualTo("Consumer secret is invalid.");
        assertThat(message("{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}"))
                .isEqualTo("The consumer isn't authorized to access Magento_Sales::actions_view.");
    }

    @Test
    void bigCommerceTitle() throws Exception {
        assertThat(message("{\"status\":403,\"title\":\"You don't have a required scope to access the endpoint\",\"type\":\"x\"}"))
                .isEqualTo("You don't have a required scope to access the endpoint");
        // as the gateway really sends it: with an empty errors object beside the title
        assertThat(message("{\"status\":403,\"title\":\"You don't have a required scope to access the endpoint\",\"type\":\"x\",\"errors\":{}}"))
                .isEqualTo("You don't have a required scope to access the endpoint");
    }

    @Test
    void htmlPagesAreReducedToText() {
        assertThat(ErrorBodies.message(null, "<html><head><style>p{}</style></head><body><h1>503</h1> Service   Unavailable</body></html>"))
                .isEqualTo("503 Service Unavailable");
        assertThat(ErrorBodies.message(null, "  ")).isNull();
    }
}
