package io.cloudsync.hub.erp.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.marketsync.mapping.MappingFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrytonMappingLoaderTest {

    @Test
    void eachFormOfValueIsRead() {
        TrytonMapping mapping = TrytonMappingLoader.parse("""
                product-template:
                  consumable: false
                  list_price: prices.listPrice
                  description: {path: summary, stripHtml: true}
                product-variant:
                  weight: {path: product.dimensions.weightKg, kind: decimal}
                  description: ean13
                sale:
                  comment: shipping.notes
                  shipment_method: "constant:invoice"
                  description: "{market} {reference}"
                  priority: 3
                  discount: 2.5
                """, "test");

        assertThat(mapping.template().get("consumable")).isEqualTo(new FieldSource.Constant(
                new FieldValue(ValueKind.BOOLEAN, false)));
        assertThat(mapping.template().get("list_price").kind()).isEqualTo(ValueKind.DECIMAL);
        assertThat(mapping.template().get("description")).isInstanceOfSatisfying(FieldSource.Path.class,
                path -> assertThat(path.stripHtml()).isTrue());
        assertThat(mapping.templateFields()).containsExactly("consumable", "description");
        assertThat(mapping.variantFields()).containsExactly("weight", "description");
        assertThat(mapping.sale().get("shipment_method")).isEqualTo(new FieldSource.Constant(
                new FieldValue(ValueKind.TEXT, "invoice")));
        assertThat(mapping.sale().get("description")).isInstanceOf(FieldSource.Template.class);
        assertThat(mapping.sale().get("priority").kind()).isEqualTo(ValueKind.INTEGER);
        assertThat(mapping.sale().get("discount")).isEqualTo(new FieldSource.Constant(
                new FieldValue(ValueKind.DECIMAL, new java.math.BigDecimal("2.5"))));
    }

    @Test
    void everyProblemIsNamedWithItsLine() {
        assertThatThrownBy(() -> TrytonMappingLoader.parse("""
                product-template:
                  code: reference
                  description: summry
                  name: prices.listPrice
                variants:
                  description: ean13
                product-variant:
                  description: {path: ean13, kind: number}
                  ean: attributes
                sale:
                  reference: reference
                  comment: "{notes}"
                  shipment_method: invoice
                """, "erp.yaml"))
                .isInstanceOfSatisfying(MappingFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 2, product-template.code: is set by the hub and cannot be mapped: it stays empty, so"
                                + " that a variant's code is its SKU",
                        "line 3, product-template.description: 'summry': Product has no field 'summry'; its fields: "
                                + "id, reference, active, name, description, summary, metaKeywords, manufacturer, "
                                + "defaultCategoryId, defaultCategoryName, categoryIds, ean13, mpn, dimensions, prices,"
                                + " imageUrls, features, variations, dateAdd; for a fixed text write \"constant:summry\"",
                        "line 4, product-template.name: must be a text value, not decimal",
                        "line 5, variants: is not a section; the sections are product-template, product-variant,"
                                + " sale",
                        "line 8, product-variant.description.kind: 'number' is not a kind; use text, decimal,"
                                + " boolean or integer",
                        "line 9, product-variant.ean: 'attributes': attributes is a list; name one of its items,"
                                + " e.g. attributes[0]; for a fixed text write \"constant:attributes\"",
                        "line 11, sale.reference: is set by the hub and cannot be mapped: it is what the hub finds"
                                + " the sale by (exactly one sale per order)",
                        "line 12, sale.comment: 'notes': Order has no field 'notes'; its fields: id, reference,"
                                + " customerId, cartId, currency, conversionRate, paymentModule, payment, valid, state,"
                                + " placedLocal, placedAt, totals, lines; 'notes': MarketplaceOrder has no field"
                                + " 'notes'; its fields: id, marketId, market, reference, status, placedAt, paidAt,"
                                + " registeredAt, subtotal, total, shippingCost, commission, email, shipping,"
                                + " sellerOrderId, lines",
                        "line 13, sale.shipment_method: 'invoice': Order has no field 'invoice'; its fields: id,"
                                + " reference, customerId, cartId, currency, conversionRate, paymentModule, payment,"
                                + " valid, state, placedLocal, placedAt, totals, lines; 'invoice': MarketplaceOrder"
                                + " has no field 'invoice'; its fields: id, marketId, market, reference, status,"
                                + " placedAt, paidAt, registeredAt, subtotal, total, shippingCost, commission, email,"
                                + " shipping, sellerOrderId, lines; for a fixed text write \"constant:invoice\""));
    }

    @Test
    void aKindTheValueCannotBeSentAsIsAProblem() {
        assertThatThrownBy(() -> TrytonMappingLoader.parse("""
                product-variant:
                  active_flag: {path: ean13, kind: boolean}
                """, "erp.yaml")).hasMessageContaining("line 2, product-variant.active_flag: 'ean13' is a text value"
                + " and cannot be sent as boolean");
    }

    @Test
    void anEmptyFileIsTheStandardMappingAndTheShippedFileLoads() {
        assertThat(TrytonMappingLoader.parse("", "empty")).isEqualTo(TrytonMapping.standard());
        TrytonMapping shipped = TrytonMappingLoader.load(Path.of("mapping/erp-tryton-mapping.yaml"));
        assertThat(shipped.template()).containsKeys("name", "list_price");
    }

    @Test
    void theExamplesOfTheReadmeAndOfTheDocsLoad() throws Exception {
        for (String doc : java.util.List.of("README.md", "docs/erp.md")) {
            String text = java.nio.file.Files.readString(Path.of(doc));
            int start = text.indexOf("```yaml\nproduct-template:");
            String yaml = text.substring(start + "```yaml\n".length(), text.indexOf("```", start + 7));

            assertThat(TrytonMappingLoader.parse(yaml, doc).variant()).as(doc).containsKey("description");
        }
    }

    @Test
    void theLineOfAFieldIsFoundForLaterProblems() {
        assertThat(TrytonMappingLoader.lineOf("sale:\n  comment: shipping.notes\n", "sale", "comment")).isEqualTo(2);
    }
}
