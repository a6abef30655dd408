package io.cloudsync.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's files: what each path serves, with which content type, and that nothing else is reachable. */
class DashboardAssetsTest {

    private final DashboardAssets assets = new DashboardAssets();

    @ParameterizedTest
    @ValueSource(strings = {"/", "", "/index.html", "/dashboard", "/dashboard/", "/dashboard/index.html"})
    void theRootAndItsAliasesAreTheIndexPage(String path) {
        DashboardAssets.Asset index = assets.find(path);
        assertThat(index.path()).isEqualTo("dashboard/index.html");
        assertThat(index.contentType()).isEqualTo("text/html; charset=utf-8");
        String html = new String(index.bytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<meta name=\"viewport\"", "/webjars/chart.js/dist/chart.umd.js",
                "/dashboard/dashboard.js", "id=\"sales-chart\"", "id=\"products-chart\"");
    }

    @Test
    void scriptsAndStylesHaveTheirContentTypes() {
        assertThat(assets.find("/dashboard/dashboard.js").contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(assets.find("/dashboard/dashboard.css").contentType()).isEqualTo("text/css; charset=utf-8");
    }

    @Test
    void chartJsIsServedFromItsWebJarWithOrWithoutTheVersion() throws Exception {
        Properties pom = new Properties();
        pom.load(getClass().getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties"));
        String version = pom.getProperty("version");

        DashboardAssets.Asset versionless = assets.find("/webjars/chart.js/dist/chart.umd.js");
        DashboardAssets.Asset versioned = assets.find("/webjars/chart.js/" + version + "/dist/chart.umd.js");
        assertThat(versionless.path()).isEqualTo("META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.js");
        assertThat(versioned.bytes()).isEqualTo(versionless.bytes());
        assertThat(versionless.contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(new String(versionless.bytes(), 0, 400, StandardCharsets.UTF_8)).contains("Chart.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard/nothing.js", "/webjars/chart.js/dist/nothing.js", "/webjars/nothing/dist/x.js",
            "/favicon.ico", "/other/dashboard.js", "/dashboard/dashboard.js/", "/webjars/chart.js/dist"})
    void anUnknownFileIsA404(String path) {
        assertThatThrownBy(() -> assets.find(path)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.error()).isEqualTo("not_found");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/dashboard/../hub-defaults.properties",
        "/dashboard/../logback.xml",
        "/dashboard/../dashboard/index.html",
        "/dashboard/./dashboard.js",
        "/dashboard/%2e%2e/hub-defaults.properties",
        "/dashboard/..%2fhub-defaults.properties",
        "/dashboard/..\\hub-defaults.properties",
        "/dashboard//dashboard.js",
        "/webjars/../../../hub-defaults.properties",
        "/webjars/chart.js/../../../../io/cloudsync/hub/app/HubMain.class",
        "/webjars/../maven/org.webjars.npm/chart.js/pom.properties",
        "/dashboard/.hidden.js",
        "/dashboard/~index.html"})
    void noPathLeavesTheServedFolders(String path) {
        assertThat(assets.lookup(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webjars/chart.js/LICENSE.md", "/webjars/chart.js/dist/types/index.d.ts",
            "/webjars/chart.js/dist/chart.cjs", "/dashboard/x.class", "/dashboard/x.properties"})
    void onlyServedFileTypesAreServed(String path) {
        assertThat(assets.lookup(path)).as(path).isEmpty();
    }

    @Test
    void theErrorDoesNotEchoWhatItCannotPrint() {
        assertThatThrownBy(() -> assets.find("/dashboard/<script>.js"))
                .hasMessageNotContaining("<script>").hasMessageContaining("no dashboard file at");
    }
}
