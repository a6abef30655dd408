package io.cloudsync.hub.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tryton's answers as trytond 6.0 sends them (tryton-facts §1), read into a result or a failure of the right kind. */
class TrytonAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TrytonCall CALL = TrytonCall.model("product.template", "create", List.of());

    private static TrytonException failure(int status, String body) {
        try {
            TrytonAnswer.result(CALL, status, body, JSON);
        } catch (TrytonException e) {
            return e;
        }
        throw new AssertionError("no failure for " + status + " " + body);
    }

    @Test
    void aResultIsReturnedAsItCame() {
        assertThat(TrytonAnswer.result(CALL, 200, "{\"id\":1,\"result\":[4,5]}", JSON).toString()).isEqualTo("[4,5]");
        assertThat(TrytonAnswer.result(CALL, 200, "{\"id\":1,\"result\":null}", JSON).isNull()).isTrue();
    }

    @Test
    void aUserErrorIsARefusalWithTrytonsMessage() {
        TrytonException e = failure(200,
                "{\"id\":1,\"error\":[\"UserError\",[\"Code of active product must be unique.\",\"\",null]]}");

        assertThat(e.kind()).isEqualTo(TrytonException.Kind.REFUSED);
        assertThat(e.isTransient()).isFalse();
        assertThat(e.getMessage()).isEqualTo("model.product.template.create: Tryton refused it: UserError: Code of"
                + " active product must be unique.");
    }

    @Test
    void aDescriptionFollowsTheMessage() {
        assertThat(failure(200, "{\"error\":[\"UserError\",[\"Missing unit.\",\"Set it on the line.\",null]]}")
                .getMessage()).endsWith("UserError: Missing unit. — Set it on the line.");
    }

    @Test
    void anUnknownSessionIsASessionFailureWorthARetry() {
        TrytonException e = failure(401, "");

        assertThat(e.kind()).isEqualTo(TrytonException.Kind.SESSION);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void aMethodNotExposedIsARefusal() {
        assertThat(failure(403, "<html>Forbidden</html>").kind()).isEqualTo(TrytonException.Kind.REFUSED);
    }

    @Test
    void aBusyOrDownServerIsWorthARetry() {
        assertThat(failure(503, "").kind()).isEqualTo(TrytonException.Kind.UNAVAILABLE);
        assertThat(failure(429, "").kind()).isEqualTo(TrytonException.Kind.UNAVAILABLE);
        assertThat(failure(200, "{\"error\":[\"ConcurrencyException\",[\"Records were modified\"]]}").isTransient())
                .isTrue();
        assertThat(failure(200, "{\"error\":[\"database is locked\",\"\"]}").isTransient()).isTrue();
        assertThat(failure(200, "<html>proxy page</html>").isTransient()).isTrue();
    }

    @Test
    void anUnknownModelIsARefusal() {
        assertThat(failure(200, "{\"id\":1,\"error\":[\"'nosuch.model'\",\"\"]}").kind())
                .isEqualTo(TrytonException.Kind.REFUSED);
    }

    @Test
    void anAnswerWithoutResultIsNotTakenForOne() {
        assertThatThrownBy(() -> TrytonAnswer.result(CALL, 200, "{\"id\":1}", JSON))
                .isInstanceOf(TrytonException.class).hasMessageContaining("no result");
    }

    @Test
    void aLongMessageIsShortened() {
        String longText = "x".repeat(2000);
        assertThat(failure(200, "{\"error\":[\"UserError\",[\"" + longText + "\",\"\",null]]}").getMessage())
                .hasSizeLessThan(700).endsWith("…");
    }
}
