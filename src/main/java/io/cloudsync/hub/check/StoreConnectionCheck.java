package io.cloudsync.hub.check;

import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import io.cloudsync.hub.store.StoreLanguage;
import io.cloudsync.hub.store.StoreSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tests the store connection the way the sync will use it: the key is accepted, {@code PS_TIMEZONE} is readable
 * and a real zone, and the language the channels get ({@code hub.store.language}) exists and is active.
 */
public final class StoreConnectionCheck {

    private final StoreSettings settings;
    private final StoreClient client;

    public StoreConnectionCheck(StoreSettings settings, StoreClient client) {
        this.settings = settings;
        this.client = client;
    }

    public CheckResult check() {
        String subject = "store " + settings.url();
        try {
            client.get("", Map.of());
        } catch (TransportException e) {
            return CheckResult.failed(subject, List.of("cannot reach the store: " + e.getMessage()));
        } catch (StoreException e) {
            if (e.status() == 401) {
                return CheckResult.failed(subject, List.of(diagnoseUnauthorized()));
            }
            return CheckResult.failed(subject, List.of(e.getMessage()));
        }
        try {
            String timezone = client.timezone();
            ZoneId zone = zone(timezone);
            List<StoreLanguage> languages = client.languages();
            String wanted = settings.language();
            StoreLanguage language = languages.stream().filter(l -> l.isoCode().equalsIgnoreCase(wanted))
                    .findFirst().orElse(null);
            String listed = languages.stream().map(l -> l.isoCode() + "=" + l.id()).collect(Collectors.joining(", "));
            if (language == null) {
                return CheckResult.failed(subject, List.of("hub.store.language is '" + wanted
                        + "' but the shop has no such language (it has: " + listed + ")"));
            }
            if (!language.active()) {
                return CheckResult.failed(subject, List.of("hub.store.language '" + wanted
                        + "' exists in the shop but is not active"));
            }
            return CheckResult.passed(subject, List.of("key accepted", "PS_TIMEZONE " + zone.getId(),
                    "languages " + listed + " (channels get '" + wanted + "', id " + language.id() + ")"));
        } catch (TransportException | StoreException | DateTimeException e) {
            return CheckResult.failed(subject, List.of(e.getMessage()));
        }
    }

    /** 401 with Basic auth: if the same key works as {@code ws_key}, the server drops the header (PHP-CGI). */
    private String diagnoseUnauthorized() {
        try {
            HttpResult viaQuery = client.getWithKeyInQuery("", Map.of());
            if (viaQuery.isSuccess()) {
                return "the store answered 401 to the key sent as HTTP Basic auth but accepted it as ?ws_key=: the"
                        + " web server drops the Authorization header (PHP-CGI/FastCGI). Add 'CGIPassAuth On' or"
                        + " 'SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1' to the shop's .htaccess";
            }
        } catch (RuntimeException ignored) {
            // fall through to the general message
        }
        return "the store rejected the webservice key (HTTP 401): check hub.store.api-key and that the key is"
                + " enabled with GET rights. If the key is right, a PHP-CGI/FastCGI server may be dropping the"
                + " Authorization header ('CGIPassAuth On' in .htaccess)";
    }

    private static ZoneId zone(String timezone) {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new DateTimeException("the shop's PS_TIMEZONE '" + timezone + "' is not a time zone Java knows");
        }
    }
}
