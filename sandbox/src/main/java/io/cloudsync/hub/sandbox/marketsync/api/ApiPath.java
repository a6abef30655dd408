package io.cloudsync.hub.sandbox.marketsync.api;

/** {@code /api/{controller}[/{section}]}: {@code /api/productos/publicar} is controller productos, section publicar. */
record ApiPath(String controller, String section) {

    static ApiPath of(String path) {
        String rest = path.startsWith("/api/") ? path.substring(5) : "";
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int slash = rest.indexOf('/');
        return slash < 0 ? new ApiPath(rest, "") : new ApiPath(rest.substring(0, slash), rest.substring(slash + 1));
    }
}
