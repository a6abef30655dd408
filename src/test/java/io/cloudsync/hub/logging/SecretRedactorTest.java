package io.cloudsync.hub.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactorTest {

    private static final String STORE_KEY = "0123456789ABCDEF0123456789ABCDEF";
    private static final String PRIVATE_KEY = "sandbox-private-key";

    private final SecretRedactor redactor = SecretRedactor.forConfiguration(Map.of(
            "hub.store.api-key", STORE_KEY,
            "hub.marketsync.private-key", PRIVATE_KEY,
            "hub.marketsync.token", "sandbox-token",
            "hub.db.password", "",
            "hub.store.url", "http://127.0.0.1:8091"));

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "authorization", "Proxy-Authorization", "ws_key", "X-Api-Key", "api-key",
        "apikey", "token", "access_token", "refresh_token", "private-key", "privateKey", "X-Signature", "signature",
        "passwd", "password", "secure_key", "client_secret", "Cookie", "Set-Cookie", "hub.marketsync.private-key"})
    void secretNamesAreRecognised(String name) {
        assertThat(SecretRedactor.isSecretName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HubSink", "HubMessageKey", "CamelHttpResponseCode", "Content-Type", "sku", "reference",
        "hub.store.url", "id_product", "quantity"})
    void ordinaryNamesAreNot(String name) {
        assertThat(SecretRedactor.isSecretName(name)).isFalse();
    }

    @Test
    void headersLoseSecretEntriesAndKeepTheRest() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer abc.def.ghi");
        headers.put("X-Api-Key", "k-12345");
        headers.put("ws_key", STORE_KEY);
        headers.put("HubSink", "marketsync");
        headers.put("CamelHttpUri", "http://shop/api/products?ws_key=" + STORE_KEY + "&display=full");
        headers.put("Note", "signed with " + PRIVATE_KEY);

        Map<String, String> kept = redactor.headers(headers);

        assertThat(kept).containsOnlyKeys("HubSink", "CamelHttpUri", "Note");
        assertThat(kept.get("HubSink")).isEqualTo("marketsync");
        assertThat(kept.get("CamelHttpUri")).isEqualTo("http://shop/api/products?ws_key=***&display=full");
        assertThat(kept.get("Note")).isEqualTo("signed with ***");
    }

    @Test
    void textLosesConfiguredSecretsCredentialsAndNamedValues() {
        String message = "POST https://" + STORE_KEY + "@shop.example/api/products failed; Authorization: Bearer "
                + "eyJhbGciOi.payload.sig; api_key=k-98765 password=\"hunter22\" token: tok_777 and "
                + "client_secret=cs-1 with signature=sig-abc (X-Signature header) key " + PRIVATE_KEY;

        String redacted = redactor.text(message);

        assertThat(redacted).doesNotContain(STORE_KEY, "eyJhbGciOi", "k-98765", "hunter22", "tok_777", "cs-1",
                "sig-abc", PRIVATE_KEY);
        assertThat(redacted).contains("https://***@shop.example/api/products", "(X-Signature header)");
    }

    @Test
    void bareJwtsPemPrivateKeysAndJdbcPasswordsAreMasked() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJl";
        String pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
        String text = "token was " + jwt + " key " + pem + " url jdbc:postgresql://db/hub?user=hub&password=pg-Pw-9;"
                + " h2 jdbc:h2:file:./x;USER=sa;PASSWORD=h2-Pw-8";

        String redacted = redactor.text(text);

        assertThat(redacted).doesNotContain("c2lnbmF0dXJl", "eyJzdWIiOiJvcHMifQ", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                "pg-Pw-9", "h2-Pw-8").contains("token was ***", "user=hub");
        assertThat(redactor.text("-----BEGIN RSA PRIVATE KEY-----\nMIIEcut")).isEqualTo("***");
    }

    @Test
    void basicCredentialsAndUrlEncodedSecretsAreMasked() {
        SecretRedactor withSpecialSecret = new SecretRedactor(List.of("p@ss w/rd+1"));

        assertThat(withSpecialSecret.text("Basic dXNlcjpwYXNz and q=p%40ss+w%2Frd%2B1"))
                .isEqualTo("Basic *** and q=***");
    }

    @Test
    void shortConfiguredValuesAreNotTreatedAsSecrets() {
        assertThat(new SecretRedactor(List.of("sa", "")).text("sa logged in")).isEqualTo("sa logged in");
    }

    @Test
    void jsonBodiesKeepTheirShapeWithSecretFieldsMasked() {
        String body = "{\"id\":7,\"email\":\"ana@example.com\",\"passwd\":\"$2y$10$abc\",\"secure_key\":\"f00d\","
                + "\"nested\":{\"access_token\":12345,\"note\":\"key " + STORE_KEY + "\"},"
                + "\"list\":[{\"password\":\"x1\"},\"plain\"]}";

        String redacted = redactor.body(body);

        assertThat(redacted).doesNotContain("$2y$10$abc", "f00d", "12345", STORE_KEY, "x1");
        assertThat(redacted).contains("\"email\":\"ana@example.com\"", "\"passwd\":\"***\"", "\"plain\"",
                "\"access_token\":\"***\"", "\"note\":\"key ***\"");
    }

    @Test
    void aBodyWithoutSecretsIsReturnedAsItWas() {
        String body = "{ \"id\" : 7,\n  \"name\" : \"Camiseta\" }";

        assertThat(redactor.body(body)).isSameAs(body);
    }

    @Test
    void xmlAndBrokenJsonBodiesAreRedactedAsText() {
        String xml = "<customer><email>a@b.c</email><passwd><![CDATA[$2y$10$secret]]></passwd>"
                + "<secure_key>abcdef</secure_key></customer>";
        String broken = "{\"password\":\"hunter22\", oops";

        assertThat(redactor.body(xml)).isEqualTo(
                "<customer><email>a@b.c</email><passwd>***</passwd><secure_key>***</secure_key></customer>");
        assertThat(redactor.body(broken)).doesNotContain("hunter22");
    }

    @Test
    void aSecretInsideAnotherNamedValueIsStillFound() {
        assertThat(redactor.text("direct:marketsync?token=uri-token-9&x=1"))
                .isEqualTo("direct:marketsync?token=***&x=1");
    }

    @Test
    void anAtSignInTheQueryIsNotMistakenForCredentials() {
        assertThat(redactor.text("http://shop.example/api/customers?email=ana@example.com"))
                .isEqualTo("http://shop.example/api/customers?email=ana@example.com");
    }

    @Test
    void aMultiMegabyteBodyIsRedactedInOnePass() {
        String body = "{\"items\":\"" + "x".repeat(3_000_000) + "\",\"token\":\"t-1\"}";

        assertThat(redactor.body(body)).endsWith("\"token\":\"***\"}");
    }

    @Test
    void nullsAndEmptiesPassThrough() {
        assertThat(redactor.text(null)).isNull();
        assertThat(redactor.body(null)).isNull();
        assertThat(redactor.text("")).isEmpty();
    }
}
