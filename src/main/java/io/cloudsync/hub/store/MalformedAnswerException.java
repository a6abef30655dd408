package io.cloudsync.hub.store;

/**
 * The store answered 2xx with a body that is not JSON. Worth a retry (a cut answer may be whole the next time);
 * when it stays so, the ingest narrows the page down to the record at fault. Carries the raw answer, cut to
 * {@link #MAX_RAW_CHARS}, for the dead letter (which redacts it before storing); the message holds only its
 * first line, shortened.
 */
public class MalformedAnswerException extends StoreException {

    public static final int MAX_RAW_CHARS = 8_000;

    private final String rawAnswer;

    public MalformedAnswerException(String message, String rawAnswer) {
        super(0, message);
        String raw = rawAnswer == null ? "" : rawAnswer;
        this.rawAnswer = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) + "… (cut at "
                + MAX_RAW_CHARS + " of " + raw.length() + " characters)" : raw;
    }

    /** The answer as the store sent it, cut to a sane size; not redacted. */
    public String rawAnswer() {
        return rawAnswer;
    }
}
