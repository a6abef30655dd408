package io.cloudsync.hub.sandbox.store.model;

/**
 * A customer, with the two fields a real shop leaks through the webservice ({@code passwd}, a bcrypt hash, and
 * {@code secure_key}) and that a connector must never keep.
 */
public record Customer(int id, int defaultGroupId, int langId, long newsletterDateAdd, long lastPasswdGen,
                       String secureKey, String passwd, String lastname, String firstname, String email, int genderId,
                       long birthday, boolean newsletter, boolean optin, String company, boolean active, boolean guest,
                       long dateAdd, long dateUpd, int[] groupIds) {
}
