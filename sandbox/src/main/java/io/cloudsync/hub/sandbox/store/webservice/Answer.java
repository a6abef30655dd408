package io.cloudsync.hub.sandbox.store.webservice;

/** An HTTP answer of the webservice, before it is sent. */
record Answer(int status, String contentType, byte[] body) {

    static Answer of(int status, OutputWriter out) {
        return new Answer(status, out.contentType(), out.bytes());
    }

    static Answer error(WebserviceException error, OutputWriter out) {
        out.errors(java.util.List.of(error));
        return new Answer(error.status(), out.contentType(), out.bytes());
    }
}
