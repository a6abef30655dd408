package io.cloudsync.hub.params;

/**
 * A request parameter the served services cannot accept: the HTTP layer answers it with 400, naming
 * {@link #parameter()} and giving the message, which says what was expected. It never echoes secrets: the
 * services only ever put the parameter's own value in it.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The query or body parameter at fault, as the client spelled it ({@code start_date}, {@code limit}…). */
    public String parameter() {
        return parameter;
    }
}
