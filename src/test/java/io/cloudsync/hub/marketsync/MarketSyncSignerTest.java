package io.cloudsync.hub.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketSyncSignerTest {

    private static final String TOKEN = "r559f7ab1cr3f97c7cc64b7fa43r54af";
    private final MarketSyncSigner signer = new MarketSyncSigner(TOKEN, "my-private-key");

    @Test
    void reproducesTheReferenceVectorForIds() {
        String timestamp = "2019-12-12T10:52:36.686000";
        String canonical = MarketSyncSigner.canonical(signer.withAuthParams(Map.of("ids", "162700"), timestamp));

        assertThat(canonical).isEqualTo(
                "ids=162700&timestamp=2019-12-12T10%3A52%3A36.686000&token=r559f7ab1cr3f97c7cc64b7fa43r54af&version=1.0");
        assertThat(signer.signature(canonical))
                .isEqualTo("860d8f027c6d0bd0e9ca414a56406003eb3314a36e8aecb4631692711eda13fa");
    }

    @Test
    void reproducesTheReferenceVectorWithSpacesAccentsAndAmpersand() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "Radio Portátil & Co");
        params.put("limit", "5");
        String query = signer.signedQuery(params, "2019-12-12T10:50:54");

        assertThat(query).startsWith("limit=5&name=Radio+Port%C3%A1til+%26+Co&timestamp=2019-12-12T10%3A50%3A54&token=")
                .endsWith("&signature=c819601aea0baf5d45b96fa3cc49e0dd8e3e518324b48ff56da51f2b1302a10e");
    }

    @Test
    void verifiesItsOwnSignatureAndRejectsTampering() {
        Map<String, String> params = signer.withAuthParams(Map.of("skus", "ABC-123"), "2026-01-01T00:00:00");
        String signature = signer.signature(MarketSyncSigner.canonical(params));

        assertThat(signer.verify(params, signature)).isTrue();
        assertThat(signer.verify(params, signature.toUpperCase())).isTrue();
        Map<String, String> tampered = new LinkedHashMap<>(params);
        tampered.put("skus", "ABC-124");
        assertThat(signer.verify(tampered, signature)).isFalse();
        assertThat(signer.verify(params, null)).isFalse();
        assertThat(new MarketSyncSigner(TOKEN, "other-key").verify(params, signature)).isFalse();
    }

    @Test
    void encodesLikePythonQuotePlus() {
        assertThat(MarketSyncSigner.formEncode("a b~c_d.e-f*g/h:i")).isEqualTo("a+b~c_d.e-f%2Ag%2Fh%3Ai");
        assertThat(MarketSyncSigner.formEncode("ñ")).isEqualTo("%C3%B1");
    }

    @Test
    void timestampsAreMexicoCityWallClockWithMicroseconds() {
        Clock clock = Clock.fixed(Instant.parse("2026-07-01T18:00:00.123Z"), ZoneOffset.UTC);
        MarketSyncSigner fixed = new MarketSyncSigner(TOKEN, "k", clock);

        assertThat(fixed.timestampNow()).isEqualTo("2026-07-01T12:00:00.123000");
    }

    @Test
    void neverPrintsThePrivateKey() {
        assertThat(signer.toString()).doesNotContain("my-private-key").contains("***");
    }
}
