package io.cloudsync.hub.sandbox.store.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PrestaShop's {@code validateFields}: first failing field in definition order, worded as PrestaShop words it. */
class ObjectValidationTest {

    private static final List<ObjectValidation.Rule> RULES = List.of(
            ObjectValidation.required("lastname", 10, ObjectValidation.IS_CUSTOMER_NAME),
            ObjectValidation.required("email", 0, ObjectValidation.IS_EMAIL),
            ObjectValidation.optional("postcode", 12, ObjectValidation.IS_POST_CODE));

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static void assertRefused(Map<String, String> values, String message) {
        assertThatThrownBy(() -> ObjectValidation.check("Customer", RULES, values))
                .isInstanceOfSatisfying(WebserviceException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo(85);
                    assertThat(e.getMessage()).isEqualTo("Validation error: \"" + message + "\"");
                });
    }

    @Test
    void theFirstFailingFieldInDefinitionOrderIsTheError() {
        assertRefused(values("lastname", "", "email", "bad"), "Property Customer->lastname is empty.");
        assertRefused(values("lastname", "López", "email", "bad"), "Property Customer->email is not valid");
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        ObjectValidation.check("Customer", RULES, values("lastname", "Ñúñez", "email", "a@b.mx"));
        assertRefused(values("lastname", "Extremely long", "email", "a@b.mx"),
                "Property Customer->lastname length (14) must be between 0 and 10");
    }

    @Test
    void anEmptyOptionalValueSkipsItsRuleAndZeroIsNotEmpty() {
        ObjectValidation.check("Customer", RULES, values("lastname", "Ruiz", "email", "a@b.mx", "postcode", ""));
        ObjectValidation.check("Customer", RULES, values("lastname", "Ruiz", "email", "a@b.mx", "postcode", "0"));
        assertRefused(values("lastname", "Ruiz", "email", "a@b.mx", "postcode", "06600!"),
                "Property Customer->postcode is not valid");
    }

    @Test
    void prestashopsRulesAcceptAndRefuseWhatTheyShould() {
        assertThat(ObjectValidation.IS_CUSTOMER_NAME.test("María José O'Neill")).isTrue();
        assertThat(ObjectValidation.IS_CUSTOMER_NAME.test("R2D2")).isFalse();
        assertThat(ObjectValidation.IS_EMAIL.test("ventas+ml@tienda.com.mx")).isTrue();
        assertThat(ObjectValidation.IS_EMAIL.test("sin arroba.mx")).isFalse();
        assertThat(ObjectValidation.IS_MODULE_NAME.test("marketsync")).isTrue();
        assertThat(ObjectValidation.IS_MODULE_NAME.test("market sync")).isFalse();
        assertThat(ObjectValidation.IS_PRICE.test("1299.90")).isTrue();
        assertThat(ObjectValidation.IS_PRICE.test("-3")).isFalse();
        assertThat(ObjectValidation.IS_TRACKING_NUMBER.test("1Z999AA10123456784")).isTrue();
        assertThat(ObjectValidation.IS_TRACKING_NUMBER.test("<script>")).isFalse();
    }
}
