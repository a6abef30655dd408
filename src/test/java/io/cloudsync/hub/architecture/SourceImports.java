package io.cloudsync.hub.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which top-level package of {@code io.cloudsync.hub} each source file names in its code (by import or by a fully
 * qualified name; comments do not count), read from the sources, and the cycles among those packages.
 */
final class SourceImports {

    private static final String ROOT = "io.cloudsync.hub.";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    private static final Pattern NAMED = Pattern.compile("\\bio\\.cloudsync\\.hub\\.(\\w+)\\.");

    /** slice -> slice it names -> the files that name it. */
    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
    private final Set<String> slices = new TreeSet<>();

    static SourceImports scan(List<String> roots) {
        SourceImports imports = new SourceImports();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(path -> path.toString().endsWith(".java")).forEach(imports::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imports;
    }

    private void read(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find() || !declared.group(1).startsWith(ROOT)) {
            return;
        }
        String from = declared.group(1).substring(ROOT.length()).split("\\.")[0];
        slices.add(from);
        Matcher named = NAMED.matcher(COMMENT.matcher(source.substring(declared.end())).replaceAll(" "));
        while (named.find()) {
            String to = named.group(1);
            if (!to.equals(from)) {
                edges.computeIfAbsent(from, key -> new TreeMap<>())
                        .computeIfAbsent(to, key -> new TreeSet<>())
                        .add(file.getFileName().toString());
            }
        }
    }

    Set<String> slices() {
        return slices;
    }

    /** Each cycle as its packages and, for every edge inside it, the files that make the edge. */
    List<String> cycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        edges.forEach((from, targets) -> graph.put(from, targets.keySet()));
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            StringBuilder text = new StringBuilder("cycle " + component + ":");
            for (String from : component) {
                for (String to : component) {
                    Set<String> files = edges.getOrDefault(from, Map.of()).get(to);
                    if (files != null) {
                        text.append("\n  ").append(from).append(" -> ").append(to).append(" in ").append(files);
                    }
                }
            }
            cycles.add(text.toString());
        }
        return cycles;
    }

    /** The strongly connected components of more than one node (Tarjan). */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        return new Tarjan(graph).components;
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
            new TreeSet<>(graph.keySet()).forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.push(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    component.add(member);
                } while (!member.equals(node));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }
}
