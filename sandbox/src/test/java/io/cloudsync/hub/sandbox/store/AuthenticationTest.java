package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.webservice.WebserviceRoutes;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The key: HTTP Basic user with an empty password or {@code ws_key}; 401s exactly as PrestaShop sends them. */
class AuthenticationTest {

    private static final String REALM = "Basic realm=\"Welcome to PrestaShop Webservice, please enter the "
            + "authentication key as the login. No password required.\"";
    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @AfterEach
    void cgiModeOff() {
        store.shop.setPhpCgiMode(false);
    }

    @Test
    void theKeyAsBasicUserWithAnEmptyPasswordIsAccepted() {
        HttpResponse<String> response = store.send(store.request("/api/products/1?output_format=JSON")
                .header("Authorization", SandboxStore.basic(SandboxStore.KEY)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("PSWS-Version")).isPresent();
    }

    @Test
    void theKeyAsWsKeyParameterIsAccepted() {
        HttpResponse<String> response = store.send(store.request("/api/products/1?output_format=JSON&ws_key="
                + SandboxStore.KEY));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingKeyIs401WithTheRealmAndCode16() {
        HttpResponse<String> response = store.send(store.request("/api/products?output_format=JSON"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(REALM);
        assertThat(REALM).isEqualTo(WebserviceRoutes.REALM);
        JsonNode error = SandboxStore.parse(response.body()).path("errors").get(0);
        assertThat(error.path("code").asInt()).isEqualTo(16);
        assertThat(error.path("message").asText()).isEqualTo(
                "Please enter the authentication key as the login. No password required");
    }

    @Test
    void aWrongKeyIs401AndTheErrorNeverEchoesAKey() {
        String wrong = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
        HttpResponse<String> response = store.send(store.request("/api/products?output_format=JSON")
                .header("Authorization", SandboxStore.basic(wrong)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(REALM);
        assertThat(response.body()).contains("not active").doesNotContain(wrong).doesNotContain(SandboxStore.KEY);
        assertThat(store.send(store.request("/api/products?ws_key=short")).statusCode()).isEqualTo(401);
        assertThat(store.send(store.request("/api/products?ws_key=short")).body())
                .contains("Invalid authentication key format").doesNotContain("short");
    }

    @Test
    void errorsAreXmlUnlessJsonIsAsked() {
        HttpResponse<String> response = store.send(store.request("/api/products"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(response.body()).contains("<prestashop").contains("<code><![CDATA[16]]></code>");
    }

    @Test
    void inPhpCgiModeTheAuthorizationHeaderIsLostButWsKeyStillWorks() {
        store.shop.setPhpCgiMode(true);

        HttpResponse<String> basic = store.get("/api/products/1?output_format=JSON");
        HttpResponse<String> wsKey = store.send(store.request("/api/products/1?output_format=JSON&ws_key=" + SandboxStore.KEY));

        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(SandboxStore.parse(basic.body()).path("errors").get(0).path("code").asInt()).isEqualTo(16);
        assertThat(wsKey.statusCode()).isEqualTo(200);
    }

    @Test
    void phpCgiModeIsSwitchedThroughTheControlApi() {
        HttpResponse<String> on = store.control("PUT", "/_sandbox/php-cgi", "{\"enabled\":true}");

        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(store.get("/api/products/1").statusCode()).isEqualTo(401);
        store.control("PUT", "/_sandbox/php-cgi", "{\"enabled\":false}");
        assertThat(store.get("/api/products/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theControlApiAndPublicImagesNeedNoKey() {
        assertThat(store.control("GET", "/_sandbox/store", null).statusCode()).isEqualTo(200);
        assertThat(store.send(store.request("/1-home_default/x.jpg")).statusCode()).isEqualTo(200);
    }
}
