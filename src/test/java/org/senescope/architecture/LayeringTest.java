package org.senescope.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Packages depend one way: the model and the failure types at the bottom; input (bounded, hostile-input-safe
 * reading) and output (whole-or-nothing writing, the one TSV cell encoder) just above; genes, knowledge, network
 * export and the readers of users' data on those; overlay (mapping a user's data onto the network), analysis (gene-set statistics, on the model
 * alone) and render (figures) above; the workflow (each job once) above them; the command line and the Cytoscape
 * adapter on top. No two packages, sub-packages included, form a cycle. Only the adapter may see Cytoscape or OSGi.
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
                .layer("failure").definedBy("org.senescope.failure..")
                .layer("input").definedBy("org.senescope.input..")
                .layer("output").definedBy("org.senescope.output..")
                .layer("genes").definedBy("org.senescope.genes..")
                .layer("knowledge").definedBy("org.senescope.knowledge..")
                .layer("export").definedBy("org.senescope.export..")
                .layer("read").definedBy("org.senescope.read..")
                .optionalLayer("mine").definedBy("org.senescope.mine..")
                .optionalLayer("overlay").definedBy("org.senescope.overlay..")
                .optionalLayer("analysis").definedBy("org.senescope.analysis..")
                .optionalLayer("render").definedBy("org.senescope.render..")
                .optionalLayer("demo").definedBy("org.senescope.demo..")
                .optionalLayer("workflow").definedBy("org.senescope.workflow..")
                .layer("cli").definedBy("org.senescope.cli..")
                .optionalLayer("cytoscape").definedBy("org.senescope.cytoscape..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("cytoscape").mayNotBeAccessedByAnyLayer()
                .whereLayer("workflow").mayOnlyBeAccessedByLayers("cli", "cytoscape")
                .whereLayer("demo").mayOnlyBeAccessedByLayers("workflow", "cli", "cytoscape")
                .whereLayer("render").mayOnlyBeAccessedByLayers("demo", "workflow", "cli", "cytoscape")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("render", "demo", "workflow", "cli", "cytoscape")
                .whereLayer("overlay").mayOnlyBeAccessedByLayers("render", "demo", "workflow", "cli", "cytoscape")
                .whereLayer("read").mayOnlyBeAccessedByLayers("overlay", "render", "demo", "workflow", "cli",
                        "cytoscape")
                .whereLayer("export").mayOnlyBeAccessedByLayers("overlay", "render", "demo", "workflow", "cli",
                        "cytoscape")
                .whereLayer("mine").mayOnlyBeAccessedByLayers("workflow")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("overlay", "demo", "workflow", "cli", "cytoscape")
                .whereLayer("genes").mayOnlyBeAccessedByLayers("knowledge", "export", "overlay", "mine", "demo",
                        "workflow", "cli", "cytoscape")
                .whereLayer("output").mayOnlyBeAccessedByLayers("export", "overlay", "render", "demo", "workflow",
                        "cli", "cytoscape")
                .whereLayer("input").mayOnlyBeAccessedByLayers("genes", "knowledge", "export", "read", "overlay",
                        "render", "demo", "workflow", "cli", "cytoscape")
                .check(classes);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("org.senescope.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void frontEndsReachTheLibrariesOnlyThroughTheWorkflow() {
        noClasses().that().resideInAnyPackage("org.senescope.cli..", "org.senescope.cytoscape..")
                .should().dependOnClassesThat().resideInAnyPackage("org.senescope.analysis..", "org.senescope.read..",
                        "org.senescope.export..", "org.senescope.output..", "org.senescope.render..",
                        "org.senescope.mine..",
                        "org.senescope.overlay..", "org.senescope.demo..")
                .because("each job is written once, in the workflow; the command line and the Cytoscape adapter only "
                        + "turn options or Tunables into requests and show the results")
                .check(classes);
    }

    @Test
    void theFailureTypesDependOnNothing() {
        classes().that().resideInAPackage("org.senescope.failure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.senescope.failure..", "java.lang..",
                        "java.util..", "java.io..")
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
