package io.cloudsync.hub.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signing keys, kept in the state database so tokens outlive a restart and every hub sharing the database
 * signs and verifies alike. The first start creates a key; {@link #rotate()} makes a new one the signer while
 * the retired one keeps verifying (and stays in the JWKS) until the last token it signed has expired. Keys are
 * read again every {@link #REFRESH} (a rotation by the CLI or another hub shows within that time), and at once
 * when a token names a key id not known yet (at most once a second, so random ids cannot load the database).
 * Private keys are stored encrypted ({@link SigningKeyCipher}); a plain row left by an earlier version is
 * encrypted in place the first time the keys are read.
 */
public final class KeyRing implements JWKSource<SecurityContext> {

    static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(1);
    private static final int KEY_SIZE = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeyRepository repository;
    private final SigningKeyCipher cipher;
    private final Duration retiredKeyLife;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<SigningKey> keys, Instant readAt) {
    }

    /** What ops see of the keys: the signer and the key ids the JWKS publishes (never key material). */
    public record Status(String activeKid, Instant activeSince, List<String> publishedKids) {
    }

    /**
     * @param retiredKeyLife how long a retired key keeps verifying: the token lifetime plus the allowed clock skew
     */
    public KeyRing(SigningKeyRepository repository, SigningKeyCipher cipher, Duration retiredKeyLife, Clock clock) {
        this.repository = repository;
        this.cipher = cipher;
        this.retiredKeyLife = retiredKeyLife;
        this.clock = clock;
    }

    /**
     * The key that signs new tokens; created (and stored) on first use when the database has none. The hub asks
     * for it once its routes have started (docs/operations.md#start-time), so a token request seldom makes it.
     */
    public SigningKey active() {
        Optional<SigningKey> active = activeIn(current());
        return active.isPresent() ? active.get() : createFirst();
    }

    // one creator at a time in this process: a token request during the hub's own first call waits for its key
    private synchronized SigningKey createFirst() {
        Optional<SigningKey> created = activeIn(reload());
        if (created.isPresent()) {
            return created.get();
        }
        repository.addFirst(store(generate()));
        return activeIn(reload()).orElseThrow(() -> new IllegalStateException("no active API signing key after"
                + " creating one"));
    }

    /** Makes a new key the signer; the one it replaces keeps verifying its tokens until they expire. */
    public synchronized SigningKey rotate() {
        StoredSigningKey next = store(generate());
        repository.rotate(next, now().minus(retiredKeyLife));
        return activeIn(reload()).orElseThrow();
    }

    public Status status() {
        SigningKey active = active();
        return new Status(active.kid(), active.createdAt(), verificationKeys().stream().map(SigningKey::kid).toList());
    }

    /** The keys that verify tokens: the active ones and those retired less than a token lifetime ago. */
    public List<SigningKey> verificationKeys() {
        return verifying(current());
    }

    /** The public keys of {@link #verificationKeys()}: what {@code /oauth/jwks.json} serves. */
    public JWKSet publicJwks() {
        return new JWKSet(verificationKeys().stream().map(key -> (JWK) key.publicKey()).toList());
    }

    /** {@link #publicJwks()} as JSON (public parts only). */
    public String publicJwksJson() {
        return publicJwks().toString(true);
    }

    /** The same JWK set as a JSON object, for the API's answer writer. */
    public Map<String, Object> publicJwksObject() {
        return publicJwks().toJSONObject(true);
    }

    /** Nimbus' verifier asks here for the keys that match a token's header. */
    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> found = selector.select(new JWKSet(verificationKeys().stream().map(k -> (JWK) k.pair()).toList()));
        Snapshot seen = snapshot;
        if (found.isEmpty() && seen != null && seen.readAt().plus(UNKNOWN_KID_RELOAD).isBefore(clock.instant())) {
            found = selector.select(new JWKSet(verifying(reload()).stream().map(k -> (JWK) k.pair()).toList()));
        }
        return found;
    }

    private List<SigningKey> verifying(Snapshot keys) {
        Instant horizon = now().minus(retiredKeyLife);
        return keys.keys().stream().filter(key -> key.active() || key.retiredAt().isAfter(horizon)).toList();
    }

    private static Optional<SigningKey> activeIn(Snapshot keys) {
        return keys.keys().stream().filter(SigningKey::active).findFirst();
    }

    private Snapshot current() {
        Snapshot seen = snapshot;
        return seen != null && seen.readAt().plus(REFRESH).isAfter(clock.instant()) ? seen : reload();
    }

    private synchronized Snapshot reload() {
        List<SigningKey> keys = repository.findAll().stream().map(this::open).toList();
        Snapshot fresh = new Snapshot(keys, clock.instant());
        snapshot = fresh;
        return fresh;
    }

    private SigningKey open(StoredSigningKey stored) {
        RSAKey pair;
        if (SigningKeyCipher.sealed(stored.privateJwk())) {
            pair = cipher.open(stored.kid(), stored.privateJwk());
        } else {
            pair = parsePlain(stored.kid(), stored.privateJwk());
            repository.sealPlain(stored.kid(), stored.privateJwk(), cipher.seal(pair));
        }
        return new SigningKey(stored.kid(), pair, stored.createdAt(), stored.retiredAt());
    }

    static RSAKey parsePlain(String kid, String jwk) {
        try {
            RSAKey pair = RSAKey.parse(jwk);
            if (!pair.isPrivate() || !kid.equals(pair.getKeyID())) {
                throw new ParseException("not the private key " + kid, 0);
            }
            return pair;
        } catch (ParseException e) {
            // The message names the key id only; Nimbus' parse error could quote the key material.
            throw new IllegalStateException("the stored API signing key " + kid + " is not a valid RSA JWK");
        }
    }

    private RSAKey generate() {
        byte[] random = new byte[9];
        RANDOM.nextBytes(random);
        String kid = "hub-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            return new RSAKeyGenerator(KEY_SIZE).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .issueTime(java.util.Date.from(now())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key pair: " + e.getMessage(), e);
        }
    }

    private StoredSigningKey store(RSAKey pair) {
        return new StoredSigningKey(pair.getKeyID(), JWSAlgorithm.RS256.getName(), cipher.seal(pair), now(), null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
