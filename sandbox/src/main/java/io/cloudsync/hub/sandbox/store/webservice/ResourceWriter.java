package io.cloudsync.hub.sandbox.store.webservice;

/** The writes a resource accepts, from an XML body already parsed. */
interface ResourceWriter<T> {

    /** POST: a new row (the body carries no id). */
    T create(XmlEntity entity);

    /** PUT (every field: the absent ones are reset) or PATCH (only the fields present). */
    T update(XmlEntity entity, boolean replaceAll);

    /** DELETE; false when the id does not exist. */
    default boolean delete(int id) {
        throw new WebserviceException(405, 101, "Method DELETE is not allowed for this resource");
    }
}
