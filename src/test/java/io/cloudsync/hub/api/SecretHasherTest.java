package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The stand-in hash checked for unknown client ids costs what a configured client's check costs. */
class SecretHasherTest {

    private final SecretHasher hasher = new SecretHasher();

    @Test
    void aHashLikeABcryptHashHasItsCost() {
        String configured = "{bcrypt}" + new BCryptPasswordEncoder(5).encode("client-secret");

        String standIn = hasher.hashLike("stand-in", configured);

        assertThat(standIn).startsWith("{bcrypt}$2a$05$");
        assertThat(hasher.matches("stand-in", standIn)).isTrue();
        assertThat(hasher.matches("client-secret", standIn)).isFalse();
    }

    @Test
    void otherwiseItIsTheDefaultHash() {
        assertThat(hasher.hashLike("stand-in", "not a hash")).startsWith("{bcrypt}$2a$10$");
    }
}
