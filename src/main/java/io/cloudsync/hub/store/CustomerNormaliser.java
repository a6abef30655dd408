package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Customer;

/**
 * Turns an {@code /api/customers} row into the canonical {@link Customer}. The Webservice sends a customer's
 * password hash ({@code passwd}) and {@code secure_key} with {@code display=full}; the hub asks for the fields
 * of {@link #DISPLAY} instead, so those two never reach it (trap 9 of the Webservice reference).
 */
public final class CustomerNormaliser {

    /** The allowlist: every field the hub reads from a customer, and nothing else. */
    public static final String DISPLAY = "[id,firstname,lastname,email,active,is_guest,newsletter,optin,"
            + "id_default_group,id_lang,birthday,deleted,date_add,date_upd]";

    private CustomerNormaliser() {
    }

    public static Customer normalise(JsonNode row) {
        return new Customer(Lenient.integer(row.path("id"), -1), row.path("firstname").asText(""),
                row.path("lastname").asText(""), row.path("email").asText(""), Lenient.bool(row.path("active")),
                Lenient.bool(row.path("is_guest")), Lenient.bool(row.path("newsletter")), Lenient.bool(row.path("optin")),
                Lenient.integer(row.path("id_default_group"), 0), Lenient.integer(row.path("id_lang"), 0),
                Lenient.date(row.path("birthday")).orElse(null), Lenient.dateTime(row.path("date_add")).orElse(null),
                Lenient.dateTime(row.path("date_upd")).orElse(null));
    }

    /** PrestaShop deletes customers softly ({@code deleted=1}): the hub mirrors that as a delete. */
    public static boolean isDeleted(JsonNode row) {
        return Lenient.bool(row.path("deleted"));
    }
}
