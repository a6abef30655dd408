package io.cloudsync.hub.erp.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrytonProductsTest {

    @Test
    void theLookUpAsksForEveryVariantOfTheTemplatesOfTheCodesInactiveOnesToo() {
        TrytonCall call = TrytonProducts.lookup(List.of("TS-S", "MUG"));

        assertThat(call.method()).isEqualTo("model.product.product.search_read");
        assertThat(call.params().get(0)).isEqualTo(List.of(List.of("template.products.code", "in",
                List.of("TS-S", "MUG"))));
        assertThat(call.params().get(4)).asList().contains("code", "active", "cost_price", "template.list_price");
        assertThat(call.params().get(5)).isEqualTo(Map.of("active_test", false));
    }

    @Test
    void rowsAsTrytonSendsThemBecomeTemplatesWithTheirVariants() throws Exception {
        String answer = "[{\"id\":2,\"code\":\"TS-M\",\"active\":0,\"cost_price\":{\"__class__\":\"Decimal\","
                + "\"decimal\":\"0\"},\"template\":1,\"template.\":{\"id\":1,\"name\":\"Shirt\",\"active\":1,"
                + "\"list_price\":{\"__class__\":\"Decimal\",\"decimal\":\"10.00\"},\"type\":\"goods\",\"salable\":1,"
                + "\"sale_uom\":1,\"purchasable\":true,\"purchase_uom\":1,\"categories\":[1],\"account_category\":null}},"
                + "{\"id\":1,\"code\":\"TS-S\",\"active\":1,\"cost_price\":{\"__class__\":\"Decimal\",\"decimal\":"
                + "\"4.20\"},\"template\":1,\"template.\":{\"id\":1,\"name\":\"Shirt\",\"active\":1}}]";

        TrytonProducts products = TrytonProducts.of(new ObjectMapper().readTree(answer));

        assertThat(products.size()).isEqualTo(2);
        assertThat(products.variant("TS-S")).contains(new TrytonVariant(1, "TS-S", true, new BigDecimal("4.20"), 1));
        assertThat(products.variant("TS-M").orElseThrow().active()).isFalse();
        TrytonTemplate template = products.template(1);
        assertThat(template.name()).isEqualTo("Shirt");
        assertThat(template.listPrice()).isEqualByComparingTo("10");
        assertThat(template.active()).isTrue();
        assertThat(template.salable()).isTrue();
        assertThat(template.purchasable()).isTrue();
        assertThat(template.categories()).containsExactly(1L);
        assertThat(template.accountCategory()).isEqualTo(-1);
        assertThat(template.variants()).extracting(TrytonVariant::code).containsExactly("TS-M", "TS-S");
    }
}
