package org.senescope.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Packages depend one way: the model at the bottom; genes, knowledge and io on it; the command line and the Cytoscape
 * adapter on top. Only the adapter may see Cytoscape or OSGi.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.senescope");
    }

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.senescope.model..")
                .layer("genes").definedBy("org.senescope.genes..")
                .layer("knowledge").definedBy("org.senescope.knowledge..")
                .layer("io").definedBy("org.senescope.io..")
                .layer("cli").definedBy("org.senescope.cli..")
                .optionalLayer("cytoscape").definedBy("org.senescope.cytoscape..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("cytoscape").mayNotBeAccessedByAnyLayer()
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("cli", "cytoscape")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "cytoscape")
                .whereLayer("genes").mayOnlyBeAccessedByLayers("knowledge", "cli", "cytoscape")
                .whereLayer("model").mayOnlyBeAccessedByLayers("genes", "knowledge", "io", "cli", "cytoscape")
                .check(classes);
    }

    @Test
    void theModelIsPureData() {
        classes().that().resideInAPackage("org.senescope.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.senescope.model..", "java.lang..",
                        "java.util..")
                .because("the model holds records and enums only: no I/O, no libraries, no UI")
                .check(classes);
    }

    @Test
    void onlyTheAdapterSeesCytoscapeOrOsgi() {
        noClasses().that().resideOutsideOfPackage("org.senescope.cytoscape..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cytoscape..", "org.osgi..")
                .check(classes);
    }

    @Test
    void namesSayWhatAThingIs() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }
}
