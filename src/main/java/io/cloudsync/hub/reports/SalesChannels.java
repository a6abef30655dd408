package io.cloudsync.hub.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales per channel: the store's own web shop, and each marketplace. An order paid with the marketplace payment
 * module ({@code hub.store.marketplace-payment-module}) is a sale of the market its payment text names (the hub
 * writes {@code "<market> <reference> (MarketSync)"}); every other order is a web shop sale.
 */
public final class SalesChannels {

    /** The channel of the orders not paid with the marketplace module. */
    public static final String WEB_SHOP = "web shop";
    /** A marketplace order whose payment text names no market. */
    static final String UNNAMED_MARKETPLACE = "marketplace";
    private static final String SUFFIX = "(MarketSync)";

    /**
     * One channel's sales in the range: its name, {@code shop} or {@code marketplace}, sales tax included, orders,
     * sales without tax.
     */
    public record Channel(String channel, String kind, BigDecimal total, long orders, BigDecimal totalTaxExcl) {
    }

    private SalesChannels() {
    }

    /** The channels with sales, the web shop first, then the marketplaces by sales (largest first). */
    public static List<Channel> of(List<ReportAggregates.PaymentSales> sales) {
        Map<String, Sum> markets = new LinkedHashMap<>();
        Sum shop = new Sum();
        for (ReportAggregates.PaymentSales group : sales) {
            Sum sum = group.payment() == null ? shop : markets.computeIfAbsent(market(group.payment()), k -> new Sum());
            sum.add(group);
        }
        List<Channel> channels = new ArrayList<>();
        if (shop.orders > 0) {
            channels.add(shop.channel(WEB_SHOP, "shop"));
        }
        markets.entrySet().stream().map(entry -> entry.getValue().channel(entry.getKey(), "marketplace"))
                .sorted(Comparator.comparing(Channel::total).reversed().thenComparing(Channel::channel))
                .forEach(channels::add);
        return channels;
    }

    /** The market a marketplace order's payment text names: the text before its reference. */
    static String market(String payment) {
        String text = payment.strip();
        if (text.endsWith(SUFFIX)) {
            text = text.substring(0, text.length() - SUFFIX.length()).strip();
        }
        int reference = text.lastIndexOf(' ');
        return reference <= 0 ? UNNAMED_MARKETPLACE : text.substring(0, reference).strip();
    }

    private static final class Sum {
        private BigDecimal taxIncl = BigDecimal.ZERO;
        private BigDecimal taxExcl = BigDecimal.ZERO;
        private long orders;

        void add(ReportAggregates.PaymentSales group) {
            taxIncl = taxIncl.add(group.totalTaxIncl());
            taxExcl = taxExcl.add(group.totalTaxExcl());
            orders += group.orders();
        }

        Channel channel(String name, String kind) {
            return new Channel(name, kind, SalesReport.money(taxIncl), orders, SalesReport.money(taxExcl));
        }
    }
}
