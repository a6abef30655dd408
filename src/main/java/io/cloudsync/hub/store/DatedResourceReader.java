package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Reads a store resource that has a {@code date_upd} (orders, customers) the way products are read: a fixed
 * window of shop-local dates ({@code filter[date_upd]} with {@code date=1}), sorted by date then id and paged with
 * {@code limit=offset,count}; the window's ids for the closing sweep; rows by id in parallel chunks. Every read
 * asks for an explicit list of fields ({@code display=[…]}): what is not on the list never leaves the store.
 */
public final class DatedResourceReader implements WindowIds {

    /** Ids per {@code filter[id]=[a|b|…]}: keeps request lines well under web servers' 8 KB limit. */
    static final int IDS_PER_REQUEST = 250;
    private static final DateTimeFormatter SHOP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StoreClient client;
    private final Executor executor;
    private final String resource;
    private final String display;

    /**
     * @param resource the Webservice resource ({@code orders})
     * @param display  the fields to ask for, in the Webservice's syntax ({@code [id,date_upd,order_rows[id]]})
     */
    public DatedResourceReader(StoreClient client, Executor executor, String resource, String display) {
        this.client = client;
        this.executor = executor;
        this.resource = resource;
        this.display = display;
    }

    public String resource() {
        return resource;
    }

    public String display() {
        return display;
    }

    /** Rows {@code offset..offset+count-1} of the window, sorted by {@code date_upd} then id. */
    public List<JsonNode> rows(IngestWindow window, int offset, int count) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("display", display);
        params.put("filter[date_upd]", interval(window));
        params.put("date", "1");
        params.put("sort", "[date_upd_ASC,id_ASC]");
        params.put("limit", offset + "," + count);
        return Lenient.rows(client.get(resource, params), resource);
    }

    /** The id of the row at {@code offset} of the window (same order as {@link #rows}), if there is one. */
    @Override
    public java.util.Optional<Long> idAt(IngestWindow window, int offset) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("display", "[id]");
        params.put("filter[date_upd]", interval(window));
        params.put("date", "1");
        params.put("sort", "[date_upd_ASC,id_ASC]");
        params.put("limit", offset + ",1");
        return Lenient.rows(client.get(resource, params), resource).stream()
                .map(row -> Lenient.integer(row.path("id"), -1)).findFirst();
    }

    /** The ids of every row in the window (a cheap {@code display=[id]} list), paged. */
    @Override
    public List<Long> idsInWindow(IngestWindow window, int pageSize) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("filter[date_upd]", interval(window));
        filter.put("date", "1");
        return pagedIds(filter, pageSize);
    }

    /** Every id of the resource (a cheap {@code display=[id]} list), paged. */
    public List<Long> allIds(int pageSize) {
        return pagedIds(Map.of(), pageSize);
    }

    private List<Long> pagedIds(Map<String, String> filter, int pageSize) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("display", "[id]");
            params.putAll(filter);
            params.put("sort", "[id_ASC]");
            params.put("limit", offset + "," + pageSize);
            List<JsonNode> rows = Lenient.rows(client.get(resource, params), resource);
            rows.forEach(row -> ids.add(Lenient.integer(row.path("id"), -1)));
            if (rows.size() < pageSize) {
                return ids;
            }
        }
    }

    /** The rows of the given ids that still exist, read in parallel chunks, in chunk order. */
    public List<JsonNode> rowsById(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<CompletableFuture<List<JsonNode>>> futures = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IDS_PER_REQUEST) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_REQUEST));
            futures.add(CompletableFuture.supplyAsync(() -> Lenient.rows(client.get(resource, Map.of(
                    "display", display,
                    "filter[id]", chunk.stream().map(String::valueOf).collect(Collectors.joining("|", "[", "]")))),
                    resource), executor));
        }
        try {
            return futures.stream().flatMap(future -> future.join().stream()).collect(Collectors.toList());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The window as {@code filter[date_upd]} asks for it: {@code [start,end]} in the shop's local time. */
    static String interval(IngestWindow window) {
        return "[" + SHOP_DATE.format(window.start()) + "," + SHOP_DATE.format(window.end()) + "]";
    }
}
