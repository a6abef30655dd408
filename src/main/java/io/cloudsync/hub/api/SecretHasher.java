package io.cloudsync.hub.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Client secrets are stored only as hashes in Spring Security's {@code {id}hash} format; new hashes are BCrypt
 * ({@code {bcrypt}$2a$10$…}). PBKDF2 hashes made by Spring Security are accepted too.
 */
public final class SecretHasher {

    private static final Pattern FORMAT = Pattern.compile("^\\{([^}]+)}(.+)$");
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}$");
    private static final Set<String> SUPPORTED = Set.of("bcrypt", "pbkdf2", "pbkdf2@SpringSecurity_v5_8");

    // Spring's own encoders for the supported ids only: its factory also builds scrypt, argon2, LDAP and digest
    // encoders, a noticeable share of the hub's start (docs/operations.md#start-time), for hashes refused anyway
    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of(
            "bcrypt", new BCryptPasswordEncoder(),
            "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5(),
            "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

    public String hash(String secret) {
        return encoder.encode(secret);
    }

    /**
     * A hash of the secret that takes as long to check as {@code example} does: BCrypt of the same cost when the
     * example is BCrypt, else the default. (The stand-in checked for unknown client ids.)
     */
    public String hashLike(String secret, String example) {
        Matcher format = FORMAT.matcher(example == null ? "" : example.trim());
        if (problem(example).isEmpty() && format.matches() && format.group(1).equals("bcrypt")) {
            Matcher bcrypt = BCRYPT.matcher(format.group(2));
            if (bcrypt.matches()) {
                return "{bcrypt}" + new BCryptPasswordEncoder(Integer.parseInt(bcrypt.group(1))).encode(secret);
            }
        }
        return hash(secret);
    }

    /** Whether the secret matches the hash; a hash in an unsupported format matches nothing. */
    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null || problem(hash).isPresent()) {
            return false;
        }
        return encoder.matches(secret, hash);
    }

    /** What is wrong with a configured hash, if anything (the hash itself is not repeated: it is a secret). */
    public static Optional<String> problem(String hash) {
        Matcher format = FORMAT.matcher(hash == null ? "" : hash.trim());
        if (!format.matches()) {
            return Optional.of("is not a hash in the {bcrypt}… format (make one with `hash-secret`)");
        }
        String id = format.group(1);
        if (!SUPPORTED.contains(id)) {
            return Optional.of("uses the hash format {" + id + "}; supported: {bcrypt} (make one with `hash-secret`)");
        }
        if (id.equals("bcrypt")) {
            Matcher bcrypt = BCRYPT.matcher(format.group(2));
            if (!bcrypt.matches()) {
                return Optional.of("is not a complete BCrypt hash (make one with `hash-secret`)");
            }
            int cost = Integer.parseInt(bcrypt.group(1));
            if (cost < 4 || cost > 31) {
                return Optional.of("has a BCrypt cost of " + cost + "; it must be 4 to 31");
            }
        }
        return Optional.empty();
    }
}
