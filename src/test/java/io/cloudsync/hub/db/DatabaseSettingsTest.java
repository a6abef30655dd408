package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void forcesWriteDelayZeroEvenWhenTheUserAskedForAnother() {
        String url = settings("jdbc:h2:file:./data/hub;WRITE_DELAY=500;MODE=PostgreSQL").url();

        assertThat(url).contains(";WRITE_DELAY=0").doesNotContain("WRITE_DELAY=500").contains(";MODE=PostgreSQL");
        assertThat(url.split("WRITE_DELAY", -1)).hasSize(2);
    }

    @Test
    void writeDelayIsMatchedWhateverItsCase() {
        assertThat(settings("jdbc:h2:file:./data/hub;write_delay=500").url())
                .doesNotContainIgnoringCase("write_delay=500").endsWith(";WRITE_DELAY=0");
    }

    @Test
    void fileUrlsGetAutoServerSoTheCliCanShareTheDatabase() {
        assertThat(settings("jdbc:h2:file:./data/hub").url())
                .isEqualTo("jdbc:h2:file:./data/hub;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(settings("jdbc:h2:./data/hub").url()).contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void anExplicitAutoServerIsKept() {
        assertThat(settings("jdbc:h2:file:./data/hub;AUTO_SERVER=FALSE").url())
                .contains("AUTO_SERVER=FALSE").doesNotContain("AUTO_SERVER=TRUE");
    }

    @Test
    void inMemoryAndServerUrlsDoNotGetAutoServer() {
        assertThat(settings("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1").url())
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        assertThat(settings("jdbc:h2:tcp://localhost/~/hub").url()).doesNotContain("AUTO_SERVER");
    }

    @Test
    void postgresqlUrlsAreLeftAlone() {
        DatabaseSettings settings = settings("jdbc:postgresql://db:5432/hub?sslmode=require");

        assertThat(settings.url()).isEqualTo("jdbc:postgresql://db:5432/hub?sslmode=require");
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.isH2()).isFalse();
    }

    @Test
    void anEmptyUrlIsRefused() {
        assertThatThrownBy(() -> settings(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hub.db.url");
    }

    @Test
    void thePasswordNeverShowsInToString() {
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "sa", "s3cret-pass", 2).toString())
                .doesNotContain("s3cret-pass");
    }

    private static DatabaseSettings settings(String url) {
        return new DatabaseSettings(url, "sa", "", 2);
    }
}
