package io.cloudsync.hub.app;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the demo's Tryton answers and the folder erp/tryton/start keeps it in (its passwords, log and database).
 *
 * @param url      the JSON-RPC root, {@code http://127.0.0.1:<port>/}
 * @param database the database the hub uses
 * @param user     the hub's API user
 * @param dir      the folder (absolute)
 */
record TrytonEndpoint(String url, String database, String user, Path dir) {

    int port() {
        return URI.create(url).getPort();
    }

    /** The API user's password, written by erp/tryton/start (owner-only). */
    Path apiPasswordFile() {
        return dir.resolve("api-user.password");
    }

    /** The password of Tryton's {@code admin} user, written by erp/tryton/start (owner-only). */
    Path adminPasswordFile() {
        return dir.resolve("admin.password");
    }

    Path log() {
        return dir.resolve("trytond.log");
    }
}
