package org.senescope.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Packages depend one way: the model at the bottom; input (bounded, hostile-input-safe reading) just above it;
 * genes, knowledge and io (file formats) on those; overlay (mapping a user's data onto the network), analysis
 * (gene-set statistics, on the model alone) and render (figures) above; the demo, the command line and the Cytoscape
 * adapter on top. Only the adapter may see Cytoscape or OSGi.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Not DO_NOT_INCLUDE_TESTS: it only knows target/test-classes, and builds may use -Dbuild.dir.
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.senescope");
    }

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.senescope.model..")
                .layer("input").definedBy("org.senescope.input..")
                .layer("genes").definedBy("org.senescope.genes..")
                .layer("knowledge").definedBy("org.senescope.knowledge..")
                .layer("io").definedBy("org.senescope.io..")
                .optionalLayer("overlay").definedBy("org.senescope.overlay..")
                .optionalLayer("analysis").definedBy("org.senescope.analysis..")
                .optionalLayer("render").definedBy("org.senescope.render..")
                .optionalLayer("demo").definedBy("org.senescope.demo..")
                .layer("cli").definedBy("org.senescope.cli..")
                .optionalLayer("cytoscape").definedBy("org.senescope.cytoscape..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("cytoscape").mayNotBeAccessedByAnyLayer()
                .whereLayer("demo").mayOnlyBeAccessedByLayers("cli", "cytoscape")
                .whereLayer("render").mayOnlyBeAccessedByLayers("demo", "cli", "cytoscape")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("render", "demo", "cli", "cytoscape")
                .whereLayer("overlay").mayOnlyBeAccessedByLayers("render", "demo", "cli", "cytoscape")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("overlay", "demo", "cli", "cytoscape")
                .whereLayer("io").mayOnlyBeAccessedByLayers("overlay", "render", "demo", "cli", "cytoscape")
                .whereLayer("genes").mayOnlyBeAccessedByLayers("knowledge", "overlay", "demo", "cli", "cytoscape")
                .whereLayer("input").mayOnlyBeAccessedByLayers("genes", "knowledge", "io", "overlay", "render",
                        "demo", "cli", "cytoscape")
                .whereLayer("model").mayOnlyBeAccessedByLayers("input", "genes", "knowledge", "io", "overlay", "analysis",
                        "render", "demo", "cli", "cytoscape")
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
