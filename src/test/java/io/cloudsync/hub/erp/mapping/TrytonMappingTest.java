package io.cloudsync.hub.erp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceShipping;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrytonMappingTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Variation small = new Variation(1, "TS-S", "8412345678905", true, List.of(
            new Variation.Attribute("Size", "S", false)), prices("10.00"), List.of(), new BigDecimal("4.20"));
    private final Product tshirt = new Product(12, "TS", true, "T-shirt", "<p>Long</p>", "<p>Soft <b>cotton</b></p>",
            "", "Acme", 2, "Home", List.of(2L), "", "", new Product.Dimensions(new BigDecimal("0.35"), BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO), prices("10.00"), List.of("http://img/1.jpg"), List.of(),
            List.of(small), null);

    @Test
    void withoutAFileTheTemplateHasTheProductsNameAndPriceWithoutTaxAndNoOtherField() {
        TrytonMapping standard = TrytonMapping.standard();

        assertThat(standard.name(tshirt)).isEqualTo("T-shirt");
        assertThat(standard.listPrice(tshirt)).isEqualByComparingTo("10.00");
        assertThat(standard.templateValues(tshirt)).isEmpty();
        assertThat(standard.variantValues(tshirt, small)).isEmpty();
    }

    @Test
    void pathsConstantsAndTemplatesGiveTheValuesOfTheirKinds() {
        TrytonMapping mapping = TrytonMappingLoader.parse("""
                product-template:
                  name: "{name} ({reference})"
                  list_price: prices.listPrice
                  description: {path: summary, stripHtml: true}
                  html: summary
                  consumable: true
                  first_image: imageUrls[0]
                  second_image: imageUrls[1]
                product-variant:
                  description: ean13
                  weight: product.dimensions.weightKg
                  grams: {path: product.dimensions.weightKg, kind: integer}
                  size: attributes[0].value
                  combination: {path: combinationId, kind: text}
                """, "test");

        assertThat(mapping.name(tshirt)).isEqualTo("T-shirt (TS)");
        assertThat(mapping.listPrice(tshirt)).isEqualByComparingTo("12.10");
        assertThat(mapping.templateValues(tshirt)).containsExactly(
                Map.entry("description", new FieldValue(ValueKind.TEXT, "Soft cotton")),
                Map.entry("html", new FieldValue(ValueKind.TEXT, "<p>Soft <b>cotton</b></p>")),
                Map.entry("consumable", new FieldValue(ValueKind.BOOLEAN, true)),
                Map.entry("first_image", new FieldValue(ValueKind.TEXT, "http://img/1.jpg")));
        assertThat(mapping.variantValues(tshirt, small)).containsExactly(
                Map.entry("description", new FieldValue(ValueKind.TEXT, "8412345678905")),
                Map.entry("weight", new FieldValue(ValueKind.DECIMAL, new BigDecimal("0.35"))),
                Map.entry("grams", new FieldValue(ValueKind.INTEGER, 0L)),
                Map.entry("size", new FieldValue(ValueKind.TEXT, "S")),
                Map.entry("combination", new FieldValue(ValueKind.TEXT, "1")));
    }

    @Test
    void aSalePathReadsTheKindOfOrderAtHandAndGivesNothingForTheOther() {
        TrytonMapping mapping = TrytonMappingLoader.parse("""
                sale:
                  comment: shipping.notes
                  description: "{market} {reference}"
                  origin_text: payment
                """, "test");
        MarketplaceOrder marketplace = new MarketplaceOrder(345, 4, "Mercado Libre", "2000001", null, null, null,
                null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, "a@b.c",
                new MarketplaceShipping("Ana", "", "Calle 1", "", "", "CDMX", "", "01000", "Ring twice", "", "", "",
                        ""), "", List.of());
        Order store = new Order(12, "XKBKNABJK", 3, 4, "EUR", BigDecimal.ONE, "ps_checkout", "Card", true, null,
                null, null, null, List.of());

        assertThat(mapping.saleValues(marketplace)).containsExactly(
                Map.entry("comment", new FieldValue(ValueKind.TEXT, "Ring twice")),
                Map.entry("description", new FieldValue(ValueKind.TEXT, "Mercado Libre 2000001")));
        assertThat(mapping.saleValues(store)).containsExactly(
                Map.entry("description", new FieldValue(ValueKind.TEXT, "XKBKNABJK")),
                Map.entry("origin_text", new FieldValue(ValueKind.TEXT, "Card")));
    }

    @Test
    void aValueIsTheSameAsTrytonsAsTrytonSendsIt() {
        assertThat(new FieldValue(ValueKind.TEXT, "").sameAs(NODES.nullNode())).isTrue();
        assertThat(new FieldValue(ValueKind.TEXT, "a").sameAs(NODES.textNode("b"))).isFalse();
        assertThat(new FieldValue(ValueKind.BOOLEAN, true).sameAs(NODES.numberNode(1))).isTrue();
        assertThat(new FieldValue(ValueKind.BOOLEAN, false).sameAs(NODES.booleanNode(true))).isFalse();
        assertThat(new FieldValue(ValueKind.DECIMAL, new BigDecimal("12.1")).sameAs(NODES.objectNode()
                .put("__class__", "Decimal").put("decimal", "12.1000"))).isTrue();
        assertThat(new FieldValue(ValueKind.DECIMAL, BigDecimal.ONE).sameAs(NODES.nullNode())).isFalse();
        assertThat(new FieldValue(ValueKind.INTEGER, 3L).sameAs(NODES.numberNode(3))).isTrue();
        assertThat(new FieldValue(ValueKind.DECIMAL, new BigDecimal("4.5")).json())
                .isEqualTo(Map.of("__class__", "Decimal", "decimal", "4.5"));
    }

    private static Prices prices(String taxExcluded) {
        BigDecimal price = new BigDecimal(taxExcluded);
        return new Prices(price, price.multiply(new BigDecimal("1.21")), price.multiply(new BigDecimal("1.21")));
    }
}
