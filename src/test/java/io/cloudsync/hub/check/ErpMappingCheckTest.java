package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.erp.tryton.TrytonClient;
import io.cloudsync.hub.erp.tryton.TrytonSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` of the Tryton mapping file: offline its structure, connected the fields of Tryton's models. */
class ErpMappingCheckTest {

    @TempDir
    Path dir;

    @Test
    void offlineAFileWithProblemsFailsNamingEachWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("erp.yaml"), "product-templates:\n  consumable: false\n"
                + "sale:\n  party: email\n");

        CheckResult result = new ErpMappingCheck(file).check(null);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).hasSize(2).satisfiesExactly(
                problem -> assertThat(problem).startsWith("line 1, product-templates: is not a section"),
                problem -> assertThat(problem).startsWith("line 4, sale.party: is set by the hub"));
    }

    @Test
    void withoutAFileItPassesSayingTrytonGetsTheHubsOwnFields() {
        CheckResult result = new ErpMappingCheck(dir.resolve("none.yaml")).check(null);

        assertThat(result.ok()).isTrue();
        assertThat(result.notes()).containsExactly("no mapping file: Tryton gets the hub's own fields only");
    }

    @Test
    void connectedAFieldTrytonsModelDoesNotHaveOrCannotTakeTheValueIsNamedWithItsLine() throws Exception {
        TrytonDatabase database = TrytonServer.shared().newDatabase();
        TrytonSettings settings = new TrytonSettings(database.url(), database.name(), database.user(),
                database.password(), "WH", "Store", "", 100, 60000);
        TrytonClient client = new TrytonClient(settings, new JdkHttpTransport(), new ObjectMapper());
        Path good = Files.writeString(dir.resolve("good.yaml"), """
                product-template:
                  consumable: false
                  list_price: prices.listPrice
                product-variant:
                  description: {path: product.summary, stripHtml: true}
                sale:
                  comment: shipping.notes
                  shipment_method: "constant:invoice"
                """);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                product-template:
                  description: summary
                  consumable: "constant:no"
                sale:
                  comment: shipping.notes
                  untaxed_amount: total
                """);

        CheckResult passed = new ErpMappingCheck(good).check(client);
        CheckResult failed = new ErpMappingCheck(bad).check(client);

        assertThat(passed.ok()).as(passed.problems().toString()).isTrue();
        assertThat(passed.notes()).contains("every field it maps is a field of Tryton's models");
        assertThat(failed.problems()).containsExactly(
                "line 2, product-template.description: product.template has no field 'description' in this Tryton",
                "line 3, product-template.consumable: product.template.consumable is a boolean field; a text value"
                        + " cannot be written to it",
                "line 6, sale.untaxed_amount: sale.sale.untaxed_amount is read-only in Tryton");
    }
}
