package io.cloudsync.hub.sandbox.store.webservice;

import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.optional;
import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Address;
import java.util.List;

/**
 * POST on addresses, as PrestaShop 8 validates an {@code Address} written through the webservice: the class
 * definition only. The per-country rules of the shop's forms (postcode format such as Mexico's {@code NNNNN}, a
 * state for countries that have states, a DNI where needed) are checked by the front and back office controllers,
 * not by the webservice, so they are not checked here either.
 */
final class AddressWrites implements ResourceWriter<Address> {

    static final List<ObjectValidation.Rule> DEFINITION = List.of(
            optional("id_customer", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_country", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("id_state", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("alias", 32, ObjectValidation.IS_GENERIC_NAME),
            optional("company", 255, ObjectValidation.IS_GENERIC_NAME),
            required("lastname", 255, ObjectValidation.IS_NAME),
            required("firstname", 255, ObjectValidation.IS_NAME),
            optional("vat_number", 0, ObjectValidation.IS_GENERIC_NAME),
            required("address1", 128, ObjectValidation.IS_ADDRESS),
            optional("address2", 128, ObjectValidation.IS_ADDRESS),
            optional("postcode", 12, ObjectValidation.IS_POST_CODE),
            required("city", 64, ObjectValidation.IS_CITY_NAME),
            optional("other", 300, null),
            optional("phone", 32, ObjectValidation.IS_PHONE_NUMBER),
            optional("phone_mobile", 32, ObjectValidation.IS_PHONE_NUMBER),
            optional("dni", 16, ObjectValidation.IS_DNI_LITE));

    private final SandboxShop shop;
    private Resource<Address> resource;

    AddressWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Address> addresses) {
        this.resource = addresses;
    }

    @Override
    public Address create(XmlEntity entity) {
        WrittenValues values = WrittenValues.of(WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE));
        ObjectValidation.check("Address", DEFINITION, values.texts());
        Address draft = new Address(0, values.integer("id_customer"), values.integer("id_country"),
                values.integer("id_state"), values.text("alias"), values.text("company"), values.text("lastname"),
                values.text("firstname"), values.text("vat_number"), values.text("address1"), values.text("address2"),
                values.text("postcode"), values.text("city"), values.text("phone"), values.text("phone_mobile"),
                values.text("dni"), 0, 0);
        return shop.sell((sales, now) -> sales.addAddress(draft, now));
    }

    @Override
    public Address update(XmlEntity entity, boolean replaceAll) {
        throw new WebserviceException(405, 25, "Method PUT is not allowed for the resource addresses with this "
                + "authentication key");
    }
}
