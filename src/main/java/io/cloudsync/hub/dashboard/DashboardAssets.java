package io.cloudsync.hub.dashboard;

import io.cloudsync.hub.api.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Bean {@code dashboardAssets} (routes/dashboard-serve.camel.yaml): the dashboard's static files, read from the
 * class path only. {@code /} is {@code dashboard/index.html}; {@code /dashboard/<file>} is a file of
 * {@code dashboard/}; {@code /webjars/<name>/[<version>/]<file>} is a file of a WebJar in the jar
 * ({@code META-INF/resources/webjars/}), the version taken from the WebJar itself when the path leaves it out.
 *
 * <p>A path is served only when every segment is plain (letters, digits, {@code . _ -}, not {@code .} or
 * {@code ..}), nothing is percent-encoded and the file's type is one of {@link #TYPES}: there is no way out of
 * those folders, and no folder listing. Anything else is a 404 in the API's error format.
 */
public final class DashboardAssets {

    /** The file types served, with their content types. */
    static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "map", "application/json");

    static final String INDEX = "index.html";
    private static final String DASHBOARD_FOLDER = "dashboard/";
    private static final String WEBJARS_FOLDER = "META-INF/resources/webjars/";
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$");

    /** A file to send: its bytes and content type. */
    public record Asset(String path, String contentType, byte[] bytes) {
    }

    private final ClassLoader classLoader;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    public DashboardAssets() {
        this(DashboardAssets.class.getClassLoader());
    }

    DashboardAssets(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * The file for a request path ({@code /}, {@code /dashboard/app.js}, {@code /webjars/chart.js/dist/chart.umd.js}).
     *
     * @throws ApiException 404 for anything that is not one of the served files
     */
    public Asset find(String requestPath) {
        return lookup(requestPath).orElseThrow(() -> ApiException.notFound("no dashboard file at "
                + printable(requestPath) + "; the dashboard is at /"));
    }

    Optional<Asset> lookup(String requestPath) {
        if (requestPath == null) {
            return Optional.empty();
        }
        String path = requestPath.isEmpty() ? "/" : requestPath;
        if (path.equals("/") || path.equals("/index.html") || path.equals("/dashboard")
                || path.equals("/dashboard/")) {
            return resource(DASHBOARD_FOLDER + INDEX);
        }
        List<String> segments = segments(path);
        if (segments == null || segments.size() < 2) {
            return Optional.empty();
        }
        String rest = String.join("/", segments.subList(1, segments.size()));
        switch (segments.get(0)) {
            case "dashboard":
                return resource(DASHBOARD_FOLDER + rest);
            case "webjars":
                Optional<Asset> exact = resource(WEBJARS_FOLDER + rest);
                if (exact.isPresent() || segments.size() < 3) {
                    return exact;
                }
                String name = segments.get(1);
                return webJarVersion(name).flatMap(version -> resource(WEBJARS_FOLDER + name + "/" + version + "/"
                        + String.join("/", segments.subList(2, segments.size()))));
            default:
                return Optional.empty();
        }
    }

    /** The path's segments when every one is plain and the last has a served type; else null. */
    static List<String> segments(String path) {
        if (!path.startsWith("/") || path.contains("%") || path.contains("\\") || path.contains("//")) {
            return null;
        }
        List<String> segments = List.of(path.substring(1).split("/", -1));
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return contentType(segments.get(segments.size() - 1)).isPresent() ? segments : null;
    }

    static Optional<String> contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private Optional<Asset> resource(String path) {
        Asset cached = cache.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> type = contentType(path.substring(path.lastIndexOf('/') + 1));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            Asset asset = new Asset(path, type.get(), in.readAllBytes());
            cache.put(path, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            // a folder on the class path (a directory in an exploded build) reads as an error: not a file
            return Optional.empty();
        }
    }

    /** The version of the WebJar {@code name} in the jar, from its {@code pom.properties}. */
    private Optional<String> webJarVersion(String name) {
        for (String group : List.of("org.webjars.npm", "org.webjars")) {
            try (InputStream in = classLoader.getResourceAsStream("META-INF/maven/" + group + "/" + name
                    + "/pom.properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    String version = properties.getProperty("version");
                    if (version != null && SEGMENT.matcher(version).matches()) {
                        return Optional.of(version);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version of WebJar " + name, e);
            }
        }
        return Optional.empty();
    }

    private static String printable(String text) {
        if (text == null) {
            return "(none)";
        }
        String plain = text.replaceAll("[^A-Za-z0-9_./-]", "?");
        return plain.length() <= 80 ? plain : plain.substring(0, 80) + "…";
    }
}
