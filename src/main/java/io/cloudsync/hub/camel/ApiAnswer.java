package io.cloudsync.hub.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.ApiVerbs;
import io.cloudsync.hub.reports.ReportExport;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Bean {@code apiAnswer}, called by the {@code api} route configuration once a guarded verb's route is done:
 * request headers are not echoed back (only a status the route set, such as 202, stays), and the route's result
 * becomes the JSON answer, written with {@code apiJson} for the verbs under {@link ApiVerbs#ADMIN_JSON_PATHS} and
 * {@code reportJson} for the others. A {@link ReportExport.Export} is a file: its text, content type and
 * {@code Content-Disposition} file name. A call that failed was already answered by {@code apiErrors}.
 */
public final class ApiAnswer {

    private final ObjectMapper apiJson;
    private final ObjectMapper reportJson;

    public ApiAnswer(ObjectMapper apiJson, ObjectMapper reportJson) {
        this.apiJson = apiJson;
        this.reportJson = reportJson;
    }

    public void write(Exchange exchange) throws JsonProcessingException {
        ApiVerbs.Verb verb = exchange.getProperty(ApiGuard.VERB_PROPERTY, ApiVerbs.Verb.class);
        if (verb == null || exchange.getException() != null
                || exchange.getProperty(Exchange.EXCEPTION_CAUGHT) != null) {
            return;
        }
        Message message = exchange.getMessage();
        Object status = message.getHeader(Exchange.HTTP_RESPONSE_CODE);
        Object body = message.getBody();
        message.removeHeaders("*");
        if (status != null) {
            message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        }
        if (body instanceof ReportExport.Export file) {
            message.setHeader(Exchange.CONTENT_TYPE, file.contentType());
            message.setHeader("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"");
            message.setBody(file.body());
            return;
        }
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody((verb.adminJson() ? apiJson : reportJson).writeValueAsBytes(body));
    }
}
