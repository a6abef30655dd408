package io.cloudsync.hub.sandbox.store.webservice;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code ObjectModel::validateFields} for a written entity: each field of the class definition, in definition order,
 * checked for emptiness (required), length and PrestaShop's {@code Validate::is…} rule; the first failure is the
 * error, worded as PrestaShop words it ({@code Validation error: "Property Customer->email is empty."}, code 85).
 * An empty value skips the rule, as in PrestaShop ({@code "0"} is not empty for {@code required}).
 */
final class ObjectValidation {

    /** One field of a class definition: required, maximum length (0: none), validation rule (null: none). */
    record Rule(String field, boolean required, int maxSize, Predicate<String> validator) {
    }

    static final Predicate<String> IS_EMAIL = text -> Pattern.matches(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*", text);
    static final Predicate<String> IS_CUSTOMER_NAME = pattern("^(?!\\.)([^0-9!<>,;?=+()/\\\\@#\"°*`{}_^$%:¤\\[\\]|.。]"
            + "|[.。](?![.。]))*$");
    static final Predicate<String> IS_NAME = pattern("^[^0-9!<>,;?=+()@#\"°{}_$%:¤|]*$");
    static final Predicate<String> IS_GENERIC_NAME = pattern("^[^<>={}]*$");
    static final Predicate<String> IS_ADDRESS = pattern("^[^!<>?=+@{}_$%]*$");
    static final Predicate<String> IS_CITY_NAME = pattern("^[^!<>;?=+@#\"°{}_$%]*$");
    static final Predicate<String> IS_POST_CODE = pattern("^[a-zA-Z 0-9-]+$");
    static final Predicate<String> IS_PHONE_NUMBER = pattern("^[+0-9. ()/-]*$");
    static final Predicate<String> IS_DNI_LITE = pattern("^[0-9A-Za-z-.]{1,16}$");
    static final Predicate<String> IS_UNSIGNED_ID = pattern("^\\d{1,10}$");
    static final Predicate<String> IS_BOOL = pattern("^[01]$|^(true|false)$");
    static final Predicate<String> IS_PRICE = pattern("^[0-9]{1,10}(\\.[0-9]{1,9})?$");
    static final Predicate<String> IS_FLOAT = pattern("^-?[0-9]+(\\.[0-9]+)?$");
    static final Predicate<String> IS_MODULE_NAME = pattern("^[a-zA-Z0-9_-]+$");
    static final Predicate<String> IS_TRACKING_NUMBER = pattern("^[~:#,%&_=()\\[\\].? +\\-@/a-zA-Z0-9]+$");
    static final Predicate<String> IS_BIRTH_DATE = text -> {
        try {
            return text.equals("0000-00-00") || !java.time.LocalDate.parse(text).isAfter(java.time.LocalDate.now());
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    };

    private ObjectValidation() {
    }

    static Rule required(String field, int maxSize, Predicate<String> validator) {
        return new Rule(field, true, maxSize, validator);
    }

    static Rule optional(String field, int maxSize, Predicate<String> validator) {
        return new Rule(field, false, maxSize, validator);
    }

    /** Checks {@code values} (trimmed texts by field; absent fields are null) and throws the first failure. */
    static void check(String className, List<Rule> rules, Map<String, String> values) {
        for (Rule rule : rules) {
            String value = values.get(rule.field());
            String property = className + "->" + rule.field();
            if (rule.required() && (value == null || value.isEmpty())) {
                throw invalid("Property " + property + " is empty.");
            }
            if (value == null || value.isEmpty()) {
                continue;
            }
            int length = value.codePointCount(0, value.length());
            if (rule.maxSize() > 0 && length > rule.maxSize()) {
                throw invalid("Property " + property + " length (" + length + ") must be between 0 and "
                        + rule.maxSize());
            }
            if (rule.validator() != null && !"0".equals(value) && !rule.validator().test(value)) {
                throw invalid("Property " + property + " is not valid");
            }
        }
    }

    private static WebserviceException invalid(String message) {
        return new WebserviceException(400, 85, "Validation error: \"" + message + "\"");
    }

    private static Predicate<String> pattern(String regex) {
        Pattern compiled = Pattern.compile(regex);
        return text -> compiled.matcher(text).matches();
    }
}
