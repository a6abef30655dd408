package io.cloudsync.hub.sandbox.store.webservice;

/** An error as PrestaShop reports it: an HTTP status and a numbered message ({@code {"errors":[{code,message}]}}). */
public final class WebserviceException extends RuntimeException {

    private final int status;
    private final int code;

    public WebserviceException(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }
}
