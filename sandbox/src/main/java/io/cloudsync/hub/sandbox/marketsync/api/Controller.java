package io.cloudsync.hub.sandbox.marketsync.api;

/**
 * One MarketSync controller ({@code /api/{name}[/{section}]}). {@link #handle} runs on a worker thread and throws
 * {@link ApiError} to refuse.
 */
public interface Controller {

    String name();

    /** Whether the verb (GET, POST, PUT, DELETE) is served on the section ({@code ""} for none). */
    boolean supports(String verb, String section);

    ApiResponse handle(ApiRequest request);
}
