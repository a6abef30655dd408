package io.cloudsync.hub.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON shape of everything the served services return: snake_case names ({@code totalSales} →
 * {@code total_sales}, {@code topProducts} → {@code top_products}), ISO dates and instants as text, amounts as
 * plain numbers with two decimals. The HTTP layer writes results with {@link #mapper()} (or {@link #write}).
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ReportJson() {
    }

    /** A copy of the mapper, to configure further or to register with the HTTP layer. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static String write(Object result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report cannot be written as JSON", e);
        }
    }
}
