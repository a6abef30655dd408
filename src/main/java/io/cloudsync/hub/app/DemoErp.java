package io.cloudsync.hub.app;

import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code demo --erp} adds to the hub's configuration (the Tryton connection, the ERP sinks next to the others)
 * and what it prints about Tryton: how to open it and where the admin's password is, never a password.
 */
final class DemoErp {

    static final String PRODUCTS_SINK = "direct:erp-tryton-products";
    /** The ERP's order sinks by the sink key that lists them: listed only when a route file consumes them. */
    static final Map<String, String> ORDER_SINKS = Map.of(
            "hub.sinks.orders", "direct:erp-tryton-orders",
            "hub.sinks.marketplace-orders", "direct:erp-tryton-marketplace-orders");
    /** Debian's tryton-sao: trytond serves it at / when {@code [web] root} names it (erp/tryton/start sets it). */
    static final Path SAO = Path.of("/usr/share/tryton-sao/www");
    /**
     * The demo's pace where the configuration sets none: the low-stock check runs every minute, so that a product the
     * shop sells down shows in Tryton within the demo's first minutes.
     */
    static final Map<String, String> ERP_PACE = Map.of("hub.erp.inventory-cron", "0 * * * * ?");

    private DemoErp() {
    }

    /** The hub's keys for the demo's Tryton: its connection and the sinks that list it. */
    static Map<String, String> properties(HubProperties base, TrytonEndpoint tryton, String password, Path routes) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("hub.erp.tryton.url", tryton.url());
        keys.put("hub.erp.tryton.database", tryton.database());
        keys.put("hub.erp.tryton.user", tryton.user());
        keys.put("hub.erp.tryton.password", password);
        keys.put("hub.sinks.products", withSink(base.find("hub.sinks.products").orElse(""), PRODUCTS_SINK));
        ORDER_SINKS.forEach((key, sink) -> {
            if (consumed(routes, sink)) {
                keys.put(key, withSink(base.find(key).orElse(""), sink));
            }
        });
        ERP_PACE.forEach((key, value) -> {
            if (!base.userKeys().contains(key)) {
                keys.put(key, value);
            }
        });
        return keys;
    }

    /** How to open the demo's Tryton: the web client when it is installed, else the desktop client. */
    static void describe(TrytonEndpoint tryton, boolean webClient, PrintStream out) {
        String server = "localhost:" + tryton.port();
        if (webClient) {
            out.println("Tryton (ERP)              web client http://" + server + "/ (database " + tryton.database()
                    + ")");
        } else {
            out.println("Tryton (ERP)              desktop client: tryton (apt-get install tryton-client), server "
                    + server + ", database " + tryton.database() + " (a web client: apt-get install tryton-sao)");
        }
        out.println("                          user admin, password in " + tryton.adminPasswordFile());
        out.println("                          the hub signs in as " + tryton.user() + "; log " + tryton.log());
    }

    static String withSink(String sinks, String sink) {
        List<String> listed = new ArrayList<>(Arrays.stream(sinks.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).toList());
        if (!listed.contains(sink)) {
            listed.add(sink);
        }
        return String.join(",", listed);
    }

    /** True when a route file in {@code routes} starts a route from {@code sink}. */
    static boolean consumed(Path routes, String sink) {
        Pattern from = Pattern.compile("(?m)^\\s*(-\\s*)?from:\\s*\\n\\s*uri:\\s*[\"']?" + Pattern.quote(sink)
                + "[\"']?\\s*$");
        if (!Files.isDirectory(routes)) {
            return false;
        }
        try (Stream<Path> files = Files.list(routes)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".camel.yaml"))
                    .anyMatch(file -> from.matcher(read(file)).find());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + routes, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
