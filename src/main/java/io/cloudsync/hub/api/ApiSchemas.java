package io.cloudsync.hub.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shapes of the sync and reporting answers, for the OpenAPI document only (the {@code responseModel} of the
 * operations in {@code routes/api-sync.camel.yaml} and {@code routes/api-reports.camel.yaml}): the answers
 * themselves are written from the services' results and the feed's JSON. Names are snake_case, as sent.
 */
public final class ApiSchemas {

    private ApiSchemas() {
    }

    /**
     * One record of a feed: these keys, then (except for a delete, which carries only the id) the record's
     * canonical fields in snake_case.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SyncRecord(long id, String syncAction, String version, Instant changedAt) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SyncProductsPage(List<SyncRecord> products, int count, boolean hasMore, String nextCursor,
                                   Instant syncTime) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SyncOrdersPage(List<SyncRecord> orders, int count, boolean hasMore, String nextCursor,
                                 Instant syncTime) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SyncCustomersPage(List<SyncRecord> customers, int count, boolean hasMore, String nextCursor,
                                    Instant syncTime) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SyncMarketplaceOrdersPage(List<SyncRecord> marketplaceOrders, int count, boolean hasMore,
                                            String nextCursor, Instant syncTime) {
    }

    /**
     * One item of a product write: the id, optionally the version the feed gave, and the fields to change
     * ({@code quantity} of the combination {@code combination_id} when the product has combinations).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductChange(long id, String version, String name, String descriptionShort, String description,
                                BigDecimal price, Boolean active, String reference, Integer quantity,
                                Long combinationId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductWriteRequest(List<ProductChange> products) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductWriteItem(Long id, String status, String message, String version, List<String> ignored) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductWriteResult(boolean success, int updated, List<ProductWriteItem> results) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SalesPeriod(LocalDate date, BigDecimal total, long orders, BigDecimal totalTaxExcl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SalesReport(LocalDate startDate, LocalDate endDate, String groupBy, String timezone,
                              List<SalesPeriod> data, BigDecimal totalSales, BigDecimal totalSalesTaxExcl,
                              long totalOrders, BigDecimal averageTicket, List<SalesChannel> channels) {
    }

    /** One channel's sales in the range: {@code web shop} (kind {@code shop}) or a marketplace (kind {@code marketplace}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SalesChannel(String channel, String kind, BigDecimal total, long orders, BigDecimal totalTaxExcl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TopProduct(long id, String name, String sku, long units, BigDecimal sales, BigDecimal salesTaxExcl,
                             long orders) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ProductPerformance(int periodDays, LocalDate startDate, LocalDate endDate, String timezone,
                                     List<TopProduct> topProducts) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SegmentFigures(String segment, long customers, long orders, BigDecimal revenue,
                                 BigDecimal averageOrderValue) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SegmentCustomer(long id, long orders, BigDecimal revenue, BigDecimal averageOrderValue,
                                  LocalDate firstOrder, LocalDate lastOrder) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CustomerAnalytics(LocalDate asOf, String timezone, BigDecimal vipSpend, int atRiskDays,
                                    long totalCustomers, List<SegmentFigures> segments,
                                    List<SegmentCustomer> customers) {
    }
}
