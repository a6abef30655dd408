package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.http.HttpBytes;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import io.cloudsync.hub.mirror.ContentHash;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's answers read as bytes: what the stock poll fingerprints before it decides to parse. */
class StoreClientTest {

    private static final String PAGE = "{\"stock_availables\":[{\"id\":1,\"quantity\":\"5\"},"
            + "{\"id\":2,\"quantity\":\"0\",\"note\":\"Caf\u00e9 \u20ac\"}]}";

    @Test
    void aUtf8AnswerComesAsTheBytesThatCameAndHashesAsItsTextDid() {
        byte[] sent = PAGE.getBytes(StandardCharsets.UTF_8);
        StoreClient client = client(answering(200, sent, StandardCharsets.UTF_8));

        byte[] page = client.getBytes("stock_availables", Map.of());

        assertThat(page).isSameAs(sent);
        assertThat(ContentHash.of(page)).as("fingerprints saved from the text still match")
                .isEqualTo(ContentHash.of(PAGE));
        assertThat(client.json("stock_availables", page).path("stock_availables").get(1).path("note").asText())
                .isEqualTo("Caf\u00e9 \u20ac");
    }

    @Test
    void anAnswerInAnotherCharsetIsGivenAsUtf8() {
        String latin = "{\"name\":\"Caf\u00e9 \u00fc\"}";
        StoreClient client = client(answering(200, latin.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1));

        byte[] page = client.getBytes("configurations", Map.of());

        assertThat(new String(page, StandardCharsets.UTF_8)).isEqualTo(latin);
        assertThat(client.json("configurations", page).path("name").asText()).isEqualTo("Caf\u00e9 \u00fc");
    }

    @Test
    void aRefusalIsTheStoreErrorItWasAndABodyThatIsNotJsonIsMalformed() {
        StoreClient refused = client(answering(500, "{\"errors\":[{\"code\":1,\"message\":\"broken override\"}]}"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThatThrownBy(() -> refused.getBytes("stock_availables", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("HTTP 500")
                .hasMessageContaining("broken override");

        StoreClient cut = client(answering(200, "{\"stock_availables\":[{\"id\":1,".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        byte[] page = cut.getBytes("stock_availables", Map.of());
        assertThatThrownBy(() -> cut.json("stock_availables", page)).isInstanceOf(MalformedAnswerException.class)
                .hasMessageContaining("not JSON on /api/stock_availables")
                .satisfies(e -> assertThat(((MalformedAnswerException) e).rawAnswer())
                        .isEqualTo("{\"stock_availables\":[{\"id\":1,"));
    }

    private static StoreClient client(HttpTransport transport) {
        return new StoreClient(new StoreSettings("http://store.test", "0123456789ABCDEF0123456789ABCDEF", "", "en"),
                transport, new ObjectMapper());
    }

    private static HttpTransport answering(int status, byte[] body, Charset charset) {
        return new HttpTransport() {
            @Override
            public HttpResult execute(HttpCall call) {
                return executeForBytes(call).asText();
            }

            @Override
            public HttpBytes executeForBytes(HttpCall call) {
                return new HttpBytes(status, Map.of(), body, charset);
            }
        };
    }
}
