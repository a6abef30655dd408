package io.cloudsync.hub.sandbox.store.webservice;

import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.optional;
import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.util.List;

/**
 * POST on customers, as {@code Customer::add} through the webservice: {@code passwd} goes through
 * {@code setWsPasswd} (hashed with bcrypt; the plain text is kept nowhere), the shop makes the secure key, and
 * nothing checks that the e-mail is new (two customers may share one: look it up with {@code filter[email]} first).
 */
final class CustomerWrites implements ResourceWriter<Customer> {

    /** Customer's class definition, in its order ({@code passwd} is validated after hashing, so never fails). */
    static final List<ObjectValidation.Rule> DEFINITION = List.of(
            required("lastname", 255, ObjectValidation.IS_CUSTOMER_NAME),
            required("firstname", 255, ObjectValidation.IS_CUSTOMER_NAME),
            required("email", 255, ObjectValidation.IS_EMAIL),
            optional("id_gender", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("birthday", 0, ObjectValidation.IS_BIRTH_DATE),
            optional("newsletter", 0, ObjectValidation.IS_BOOL),
            optional("optin", 0, ObjectValidation.IS_BOOL),
            optional("company", 0, ObjectValidation.IS_GENERIC_NAME),
            optional("active", 0, ObjectValidation.IS_BOOL),
            optional("is_guest", 0, ObjectValidation.IS_BOOL),
            optional("id_lang", 0, ObjectValidation.IS_UNSIGNED_ID));

    private final SandboxShop shop;
    private Resource<Customer> resource;

    CustomerWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Customer> customers) {
        this.resource = customers;
    }

    @Override
    public Customer create(XmlEntity entity) {
        WrittenValues values = WrittenValues.of(WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE));
        ObjectValidation.check("Customer", DEFINITION, values.texts());
        String birthday = values.text("birthday");
        Customer draft = new Customer(0, values.integer("id_default_group"), values.integer("id_lang"), ShopTime.ZERO,
                ShopTime.ZERO, "", "", values.text("lastname"), values.text("firstname"), values.text("email"),
                values.integer("id_gender"), birthday.isEmpty() || birthday.startsWith("0000") ? ShopTime.ZERO
                : ShopTime.parse(birthday), values.bool("newsletter"), values.bool("optin"), values.text("company"),
                values.bool("active"), values.bool("is_guest"), 0, 0, new int[0]);
        String password = entity.fields().get("passwd").text();
        return shop.sell((sales, now) -> sales.addCustomer(draft, password, now));
    }

    @Override
    public Customer update(XmlEntity entity, boolean replaceAll) {
        throw new WebserviceException(405, 25, "Method PUT is not allowed for the resource customers with this "
                + "authentication key");
    }
}
