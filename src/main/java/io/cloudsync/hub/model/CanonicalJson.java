package io.cloudsync.hub.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON shape of the canonical records: ISO dates as text, fields in declaration order, unknown fields
 * tolerated when reading (a newer hub may have added some). The mirror's content hash is taken over this text,
 * so it must stay deterministic.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
