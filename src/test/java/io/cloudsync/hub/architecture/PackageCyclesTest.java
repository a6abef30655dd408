package io.cloudsync.hub.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the top-level packages ({@code io.cloudsync.hub.*}) of the product ({@code src/main/java}) and of the
 * simulators ({@code sandbox/src/main/java}, compiled into the same classes directory) depend on each other
 * without a cycle. Checked twice: on the bytecode (ArchUnit), and on the sources' imports, because javac inlines
 * constants such as {@code OrderIngest.ENTITY} and the bytecode then no longer shows the dependency.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.cloudsync.hub");

    @Test
    void classesOfTheTopLevelPackagesAreFreeOfCycles() {
        slices().matching("io.cloudsync.hub.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void importsOfTheTopLevelPackagesAreFreeOfCycles() {
        SourceImports imports = SourceImports.scan(List.of("src/main/java", "sandbox/src/main/java"));
        assertThat(imports.slices()).contains("ingest", "reports", "sandbox", "app");
        List<String> cycles = imports.cycles();
        assertThat(cycles).as("package cycles, each with the imports that close it").isEmpty();
    }

    @Test
    void theImportScanFindsACycle() {
        Map<String, Set<String>> edges = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
                Set.of("a"));
        assertThat(SourceImports.stronglyConnected(edges)).containsExactly(Set.of("a", "b", "c"));
    }
}
