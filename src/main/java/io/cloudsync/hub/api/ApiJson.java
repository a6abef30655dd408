package io.cloudsync.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.cloudsync.hub.model.CanonicalJson;

/** The JSON of the API's answers: snake_case names (as the CloudSync API has them), ISO dates as text. */
public final class ApiJson {

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return CanonicalJson.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
