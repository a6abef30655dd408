package io.cloudsync.hub.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.AdminApi;
import io.cloudsync.hub.api.ApiJson;
import io.cloudsync.hub.api.ApiSettings;
import io.cloudsync.hub.api.ConcurrencyLimiter;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.api.KeyedRateLimiter;
import io.cloudsync.hub.api.ReportsApi;
import io.cloudsync.hub.api.RequestAuthorizer;
import io.cloudsync.hub.api.SigningKeyCipher;
import io.cloudsync.hub.api.SigningKeyRepository;
import io.cloudsync.hub.api.SyncApi;
import io.cloudsync.hub.api.SyncStatus;
import io.cloudsync.hub.api.TokenEndpoint;
import io.cloudsync.hub.api.TokenIssuer;
import io.cloudsync.hub.api.TokenVerifier;
import io.cloudsync.hub.camel.ApiAnswer;
import io.cloudsync.hub.camel.ApiErrorResponder;
import io.cloudsync.hub.camel.ApiGuard;
import io.cloudsync.hub.camel.RequestHeaders;
import io.cloudsync.hub.ingest.Resync;
import io.cloudsync.hub.reports.ReportJson;
import io.cloudsync.hub.sync.SyncFeed;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The served API of {@code api-*.camel.yaml}: the OAuth2 token server (clients, signing keys sealed in the state
 * database), the guard and the answers of {@code api-errors.camel.yaml}, and the sync, report and admin endpoints
 * over the mirror and the report tables.
 */
public final class ApiConfiguration implements CamelConfiguration {

    private final ObjectMapper apiJson = ApiJson.mapper();
    private final ObjectMapper reportJson = ReportJson.mapper();
    private final ApiSettings settings;
    private final KeyRing keys;
    private final ConcurrencyLimiter concurrency;
    private final TokenEndpoint tokenEndpoint;
    private final ApiGuard guard;
    private final ApiErrorResponder errors;
    private final AdminApi admin;
    private final ApiAnswer answer;
    private final SyncFeed feed;
    private final SyncApi syncApi;
    private final ReportsApi reportsApi;
    private final SyncStatus status;
    private final RequestHeaders requestHeaders;

    ApiConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, DeadLetterConfiguration deadLetters,
                     IngestConfiguration ingest, ReportsConfiguration reports, ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.keys = new KeyRing(new SigningKeyRepository(platform.dataSource()),
                new SigningKeyCipher(settings.keyEncryptionKey().open()), settings.tokens().retiredKeyLife(), clock);
        this.concurrency = new ConcurrencyLimiter(settings.maxConcurrent());
        this.tokenEndpoint = new TokenEndpoint(settings.clients(), new TokenIssuer(keys, settings.tokens(), clock),
                KeyedRateLimiter.perMinute("token-failures", settings.tokenRateLimit()));
        this.guard = new ApiGuard(new RequestAuthorizer(
                new TokenVerifier(keys, settings.tokens(), settings.clients(), clock),
                KeyedRateLimiter.perMinute("client-calls", settings.rateLimit()),
                KeyedRateLimiter.perMinute("dashboard-calls", settings.rateLimit()), concurrency,
                settings.dashboardClient()));
        this.errors = new ApiErrorResponder(apiJson, platform.secretRedactor());
        this.admin = new AdminApi(deadLetters.deadLetterRepository(),
                new Resync(platform.dataSource(), platform.secretRedactor()), keys, apiJson, clock);
        this.answer = new ApiAnswer(apiJson, reportJson);
        this.feed = new SyncFeed(mirror.mirrorRepository(), mirror.stockSnapshotRepository());
        this.syncApi = new SyncApi(feed, ingest.productWriteService());
        this.reportsApi = new ReportsApi(reports.salesReport(), reports.productPerformance(),
                reports.customerAnalytics(), reports.reportExport());
        this.status = new SyncStatus(mirror.checkpointRepository(), mirror.changeOutbox(),
                deadLetters.deadLetterRepository(), mirror.mirrorRepository(), platform.secretRedactor(), clock);
        this.requestHeaders = new RequestHeaders();
    }

    public ApiSettings settings() {
        return settings;
    }

    /** Opens the keys stored by earlier starts: a key-encryption key that cannot stops the start. */
    void openStoredKeys() {
        keys.verificationKeys();
    }

    /**
     * Makes what the token endpoint needs and is slow to make: the signing key of a new database (an RSA key pair)
     * and the stand-in hash an unknown client id is checked against (a bcrypt hash). The hub calls this once its
     * routes have started, off the thread that starts them (docs/operations.md#start-time); the first request that
     * needs either makes it itself if this has not yet.
     */
    public void prepareTokens() {
        keys.active();
        settings.clients().withTimingStandIn();
    }

    @BindToRegistry
    public ObjectMapper apiJson() {
        return apiJson;
    }

    /** Writes the report answers: snake_case, ISO dates, plain amounts. */
    @BindToRegistry
    public ObjectMapper reportJson() {
        return reportJson;
    }

    @BindToRegistry
    public KeyRing apiKeyRing() {
        return keys;
    }

    @BindToRegistry
    public ConcurrencyLimiter apiConcurrency() {
        return concurrency;
    }

    @BindToRegistry
    public TokenEndpoint tokenEndpoint() {
        return tokenEndpoint;
    }

    @BindToRegistry
    public RequestHeaders requestHeaders() {
        return requestHeaders;
    }

    @BindToRegistry
    public ApiGuard apiGuard() {
        return guard;
    }

    @BindToRegistry
    public ApiErrorResponder apiErrors() {
        return errors;
    }

    @BindToRegistry
    public ApiAnswer apiAnswer() {
        return answer;
    }

    @BindToRegistry
    public AdminApi adminApi() {
        return admin;
    }

    @BindToRegistry
    public SyncFeed syncFeed() {
        return feed;
    }

    @BindToRegistry
    public SyncApi syncApi() {
        return syncApi;
    }

    @BindToRegistry
    public ReportsApi reportsApi() {
        return reportsApi;
    }

    @BindToRegistry
    public SyncStatus syncStatus() {
        return status;
    }
}
