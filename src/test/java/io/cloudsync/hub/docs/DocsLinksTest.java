package io.cloudsync.hub.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays a newcomer's page and the docs stay walkable: the README is at most 250 lines, names every route
 * file, every package (the product's and the simulators') and the folders they live in, links each page of docs/, and every relative link of README.md and docs/*.md (anchors
 * included) leads somewhere that exists.
 */
class DocsLinksTest {

    static final Path README = Path.of("README.md");
    static final int MAX_README_LINES = 250;
    static final List<String> DOCS = List.of("configuration.md", "routes.md", "api.md", "operations.md", "sandbox.md", "erp.md",
            "benchmark.md", "security.md", "development.md");

    /** The Java source folders: the product's, and the simulators' in sandbox/ (their own jar). */
    static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("sandbox/src/main/java"));

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

    @Test
    void theReadmeIsShort() throws IOException {
        assertThat(Files.readAllLines(README, StandardCharsets.UTF_8)).as("lines of README.md").hasSizeLessThanOrEqualTo(
                MAX_README_LINES);
    }

    @Test
    void theReadmeNamesEveryRouteFile() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> unnamed = names(Path.of("routes"), true).stream()
                .filter(name -> name.endsWith(".camel.yaml") && !readme.contains("`" + name + "`")).toList();
        assertThat(unnamed).as("route files the README's map does not name (one line each: what flow it carries)")
                .isEmpty();
    }

    @Test
    void theReadmeNamesEveryPackage() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> packages = new ArrayList<>();
        for (Path root : SOURCE_ROOTS) {
            packages.addAll(names(root.resolve("io/cloudsync/hub"), false));
        }
        List<String> unnamed = packages.stream().filter(name -> !readme.contains("`" + name + "/`")).toList();
        assertThat(unnamed).as("packages of io.cloudsync.hub the README's map does not name as `<package>/`")
                .isEmpty();
    }

    @Test
    void theReadmeNamesEveryFolderOfSources() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> unnamed = SOURCE_ROOTS.stream().map(Path::toString)
                .filter(root -> !readme.contains("`" + root)).toList();
        assertThat(unnamed).as("source folders the README's map does not name as `<folder>…`").isEmpty();
    }

    @Test
    void theReadmeLinksEveryPageOfDocs() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> unlinked = DOCS.stream().filter(page -> !readme.contains("](docs/" + page)).toList();
        assertThat(unlinked).as("pages of docs/ the README does not link").isEmpty();
        assertThat(names(Path.of("docs"), true)).as("pages in docs/ (add a new one to DOCS and to the README's links)")
                .containsExactlyInAnyOrderElementsOf(DOCS);
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        DOCS.forEach(page -> pages.add(Path.of("docs", page)));
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : links(page)) {
                String problem = problem(page, target);
                if (problem != null) {
                    broken.add(page + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void anchorsAreSlugsOfHeadings() {
        assertThat(slug("`check`")).isEqualTo("check");
        assertThat(slug("Orders, customers and reports")).isEqualTo("orders-customers-and-reports");
        assertThat(slug("The sync API (scopes `read`, `write`)")).isEqualTo("the-sync-api-scopes-read-write");
    }

    private static String problem(Path page, String target) throws IOException {
        if (target.matches("^[a-z]+:.*")) {
            return null; // http:, https:, mailto: — not checked offline
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
            return "no such file: " + resolved;
        }
        if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
            return "no heading with the anchor #" + anchor + " in " + resolved.getFileName();
        }
        return null;
    }

    /** The link targets of a Markdown page, outside fenced code blocks. */
    static List<String> links(Path page) throws IOException {
        List<String> targets = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.trim().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
                while (link.find()) {
                    targets.add(link.group(1));
                }
            }
        }
        return targets;
    }

    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.trim().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                anchors.add(slug(heading.group(1)));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static List<String> names(Path folder, boolean files) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> files ? Files.isRegularFile(p) : Files.isDirectory(p))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
