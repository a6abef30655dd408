package io.cloudsync.hub.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A store customer in the hub's canonical form: only the fields the hub asks for by name
 * ({@code display=[…]}), so the password hash ({@code passwd}) and {@code secure_key} the Webservice would
 * otherwise send never even reach the hub. Addresses and carts are not mirrored (no report needs them).
 *
 * @param guest          a guest checkout account ({@code is_guest})
 * @param defaultGroupId the customer group that sets prices and visibility ({@code id_default_group})
 * @param languageId     the shop language the customer uses ({@code id_lang})
 * @param birthday       null when the shop has none ({@code 0000-00-00})
 * @param dateAdd        registration, shop-local
 * @param dateUpd        last change of the account, shop-local
 */
public record Customer(
        long id,
        String firstname,
        String lastname,
        String email,
        boolean active,
        boolean guest,
        boolean newsletter,
        boolean optin,
        long defaultGroupId,
        long languageId,
        LocalDate birthday,
        LocalDateTime dateAdd,
        LocalDateTime dateUpd) {

    public Customer {
        firstname = firstname == null ? "" : firstname;
        lastname = lastname == null ? "" : lastname;
        email = email == null ? "" : email.trim();
    }
}
