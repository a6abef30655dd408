package io.cloudsync.hub.sandbox.marketsync.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Checks variacion items: product_id of an existing product, seller SKU (≤ 18, unique on creation), stock
 * (integer ≥ 0), color (≤ 50), base (≤ 30, a base colour in upper case), talla (≤ 15), gtin (≤ 15 digits), video
 * and imagen1…imagen10 (http(s) URLs ≤ 250; imagen1…imagen6 sent on creation, '' allowed; at least one image,
 * none twice), bullet1…bullet5 (≤ 250) and atributos.
 */
public final class VariationValidator {

    /** A checked variation and the product it belongs to; the variation's id is 0 until it is stored. */
    public record VariationInput(Product product, Variation variation) {
    }

    public static final int IMAGES = 10;
    public static final int REQUIRED_IMAGES = 6;
    public static final int BULLETS = 5;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> COLUMNS = Stream.concat(
            Stream.of("product_id", "sku", "stock", "color", "base", "talla", "gtin", "video", "atributos"),
            Stream.concat(IntStream.rangeClosed(1, IMAGES).mapToObj(i -> "imagen" + i),
                    IntStream.rangeClosed(1, BULLETS).mapToObj(i -> "bullet" + i)))
            .collect(Collectors.toUnmodifiableSet());

    private final Catalogue catalogue;
    private final ProductStore store;

    public VariationValidator(Catalogue catalogue, ProductStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    public Checked<VariationInput> forCreation(JsonNode item) {
        ItemCheck check = new ItemCheck(item);
        if (!check.valid()) {
            return new Checked<>(null, null, check.violations());
        }
        check.refuseUnknown(COLUMNS, column -> "unknown column (not in the variacion column table)");
        Product product = product(check);
        String sku = check.text("sku", 18, true);
        if (sku != null) {
            store.ofVariation(sku).ifPresent(owner -> check.violation("sku", "seller SKU " + sku
                    + " already exists (product " + owner.id() + ", sku " + owner.sku() + ")"));
        }
        for (int i = 1; i <= REQUIRED_IMAGES; i++) {
            if (!check.node("imagen" + i).isTextual()) {
                check.violation("imagen" + i, "missing (imagen1…imagen6 must be sent, '' when there is none)");
            }
        }
        Variation blank = new Variation(0, sku, 0, "", "", "", "", "", List.of(), List.of(), List.of());
        Variation variation = apply(check, blank, true);
        return new Checked<>(sku, new VariationInput(product, variation), check.violations());
    }

    public Checked<VariationInput> forUpdate(JsonNode item) {
        ItemCheck check = new ItemCheck(item);
        if (!check.valid()) {
            return new Checked<>(null, null, check.violations());
        }
        check.refuseUnknown(COLUMNS, column -> "unknown column (not in the variacion column table)");
        Product product = product(check);
        String sku = check.text("sku", 18, true);
        Optional<Variation> current = product == null || sku == null ? Optional.empty() : product.variation(sku);
        if (product != null && sku != null && current.isEmpty()) {
            check.violation("sku", "product " + product.id() + " has no variation " + sku);
        }
        Variation variation = current.map(v -> apply(check, v, false)).orElse(null);
        return new Checked<>(sku, new VariationInput(product, variation), check.violations());
    }

    /** The product an item names through product_id, {@code null} (with a violation) when there is none. */
    public Product product(ItemCheck check) {
        Long productId = check.integer("product_id", true, 1);
        if (productId == null) {
            return null;
        }
        Optional<Product> product = store.byId(productId);
        if (product.isEmpty()) {
            check.violation("product_id", "unknown product " + productId);
        }
        return product.orElse(null);
    }

    /** The variation with every column the item carries applied on top of {@code base}. */
    private Variation apply(ItemCheck check, Variation base, boolean creating) {
        Long stock = creating || check.has("stock") ? check.integer("stock", true, 0) : null;
        String color = textIfSent(check, "color", 50, creating);
        String baseColour = textIfSent(check, "base", 30, creating);
        if (baseColour != null && !baseColour.isEmpty()) {
            String problem = ProductValidator.baseColourProblem(catalogue, baseColour);
            if (problem != null) {
                check.violation("base", problem);
            }
        }
        String talla = textIfSent(check, "talla", 15, false);
        String gtin = textIfSent(check, "gtin", 15, false);
        if (gtin != null && !gtin.isEmpty() && !DIGITS.matcher(gtin).matches()) {
            check.violation("gtin", "must contain only digits, got '" + gtin + "'");
        }
        String video = url(check, "video");
        List<String> images = slots(check, "imagen", IMAGES, base.images(), true);
        List<String> bullets = slots(check, "bullet", BULLETS, base.bullets(), false);
        checkImages(check, images);
        List<Attribute> atributos = check.has("atributos") ? AttributeRules.readVariationAttributes(check)
                : base.atributos();
        return new Variation(base.id(), base.sku(), stock == null ? base.stock() : stock.intValue(),
                orElse(color, base.color()), orElse(baseColour, base.base()), orElse(talla, base.talla()),
                orElse(gtin, base.gtin()), orElse(video, base.video()), images, bullets, atributos);
    }

    private static String textIfSent(ItemCheck check, String column, int max, boolean mandatory) {
        return mandatory || check.node(column).isTextual() || check.node(column).isNumber()
                ? check.text(column, max, mandatory) : null;
    }

    private static String url(ItemCheck check, String column) {
        String value = textIfSent(check, column, 250, false);
        if (value != null && !value.isEmpty() && !URL.matcher(value).matches()) {
            check.violation(column, "not an http(s) URL: '" + value + "'");
            return null;
        }
        return value;
    }

    /** imagen1…imagen10 or bullet1…bullet5: each slot replaced when sent, kept otherwise; trailing blanks dropped. */
    private static List<String> slots(ItemCheck check, String prefix, int count, List<String> current,
                                      boolean urls) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String column = prefix + i;
            String sent = urls ? url(check, column) : textIfSent(check, column, 250, false);
            String kept = i <= current.size() ? current.get(i - 1) : "";
            values.add(sent == null ? kept : sent);
        }
        int last = values.size();
        while (last > 0 && values.get(last - 1).isEmpty()) {
            last--;
        }
        return List.copyOf(values.subList(0, last));
    }

    private static void checkImages(ItemCheck check, List<String> images) {
        if (images.stream().allMatch(String::isEmpty)) {
            check.violation("imagen1", "at least one image is required (imagen1…imagen10)");
            return;
        }
        for (int i = 0; i < images.size(); i++) {
            int first = images.indexOf(images.get(i));
            if (!images.get(i).isEmpty() && first < i) {
                check.violation("imagen" + (i + 1), "duplicates imagen" + (first + 1) + " (images must be unique)");
            }
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
