package io.cloudsync.hub.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.params.QueryParams;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/reports/products/performance}: what each product sold over the last {@code period_days}
 * shop-local days (today included), in the orders that count as sales: units, sales tax included
 * ({@code sales}: unit price × quantity of its lines) and excluded, and in how many orders; best sellers by sales
 * first. A product is named as the mirror has it now (name and reference in the hub's language), else as its
 * last line showed it.
 */
public final class ProductPerformance {

    /** Product ids one request may ask for. */
    public static final int MAX_PRODUCT_IDS = 500;

    private final ReportRepository reports;
    private final MirrorRepository mirror;
    private final ShopZone shopZone;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ProductPerformance(ReportRepository reports, MirrorRepository mirror, ShopZone shopZone, Clock clock) {
        this.reports = reports;
        this.mirror = mirror;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /**
     * @param productIds only these products (all of them listed, with zeros when they sold nothing); empty: all
     * @param periodDays the last this many shop-local days, today included (1 to 3660; default 30)
     * @param limit      at most this many products (1 to 1000; default 100)
     */
    public record Query(List<Long> productIds, int periodDays, int limit) {

        public Query {
            productIds = List.copyOf(productIds);
        }

        public static Query from(Map<String, String> parameters) {
            QueryParams params = QueryParams.of(parameters);
            return new Query(params.ids("product_ids", MAX_PRODUCT_IDS),
                    params.integer("period_days", 30, 1, (int) ReportRange.MAX_DAYS),
                    params.integer("limit", 100, 1, 1000));
        }
    }

    /** One product's figures; amounts have two decimals. */
    public record TopProduct(long id, String name, String sku, long units, BigDecimal sales, BigDecimal salesTaxExcl,
                             long orders) {
    }

    public record Result(int periodDays, LocalDate startDate, LocalDate endDate, String timezone,
                         List<TopProduct> topProducts) {
    }

    public Result report(Map<String, String> parameters) {
        return report(Query.from(parameters));
    }

    public Result report(Query query) {
        ZoneId zone = shopZone.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = today.minusDays(query.periodDays() - 1L);
        Map<Long, ReportAggregates.ProductSales> sold = new LinkedHashMap<>();
        reports.salesByProduct(start, today, query.productIds()).forEach(sales -> sold.put(sales.productId(), sales));
        for (long id : query.productIds()) {
            sold.putIfAbsent(id, new ReportAggregates.ProductSales(id, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, "", ""));
        }
        List<ReportAggregates.ProductSales> ranked = new ArrayList<>(sold.values());
        ranked.sort(Comparator.comparing(ReportAggregates.ProductSales::salesTaxIncl).reversed()
                .thenComparing(Comparator.comparingLong(ReportAggregates.ProductSales::units).reversed())
                .thenComparingLong(ReportAggregates.ProductSales::productId));
        List<ReportAggregates.ProductSales> top = ranked.subList(0, Math.min(ranked.size(), query.limit()));
        Map<String, MirrorRecord> products = mirror.find("products",
                top.stream().map(sales -> Long.toString(sales.productId())).toList());
        List<TopProduct> result = new ArrayList<>(top.size());
        for (ReportAggregates.ProductSales sales : top) {
            String name = sales.name() == null ? "" : sales.name();
            String sku = sales.sku() == null ? "" : sales.sku();
            MirrorRecord product = products.get(Long.toString(sales.productId()));
            if (product != null && !product.deleted()) {
                JsonNode payload = parse(product.payload());
                name = payload.path("name").asText(name);
                sku = payload.path("reference").asText(sku);
            }
            result.add(new TopProduct(sales.productId(), name, sku, sales.units(), SalesReport.money(sales.salesTaxIncl()),
                    SalesReport.money(sales.salesTaxExcl()), sales.orders()));
        }
        return new Result(query.periodDays(), start, today, zone.getId(), result);
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
