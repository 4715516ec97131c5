package org.senescope.render.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.SeedSource;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.DecimalText;
import org.senescope.model.EvidenceType;
import org.senescope.render.FoldChangeText;
import org.senescope.model.figure.FigureOptions;

/**
 * The methods paragraph for a figure, written from its recipe for pasting into a paper. Every count names what it
 * counts; seeds are cited by what their text states, never by file name; what the export did (fonts embedded, the
 * bitmap's resolution) is said only of the formats that were written. Stateless.
 */
public final class MethodsText {

    private MethodsText() {
    }

    /**
     * The paragraph.
     *
     * @param measuredNodes how many gene nodes of the network the overlay measured (ignored without overlay)
     * @param mappingRule   how the data's identifiers reached the nodes, one sentence; empty without overlay
     */
    public static String of(FigureRecipe recipe, Network network, int measuredNodes, String mappingRule) {
        FigureOptions o = recipe.options();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s (%d nodes, %d of them gene nodes; %d edges; built from %d seed "
                        + "documents; gene identifiers from %s) was drawn with Senescope %s in %s. ", network.name(),
                network.nodes().size(), geneNodes(network), network.edges().size(), network.sources().size(),
                recipe.geneTable(), recipe.senescopeVersion(), o.layout().describe()));
        s.append(seeds(network.sources()));
        s.append("Edge line weight, dash pattern and opacity show the strongest evidence behind each edge (a finding "
                + "reported in a seed, prior work a seed cites, a review's claim, background knowledge or a hypothesis; "
                + "negative findings dashed grey); binding and association edges carry no arrowhead. ");
        if (o.filtersEvidence()) {
            s.append("Only edges whose strongest evidence is ").append(String.join(" or ",
                    o.evidence().stream().map(EvidenceType::label).toList())).append(" are drawn. ");
        }
        if (!o.caption().isBlank()) {
            s.append("Data: ").append(o.caption().strip()).append(o.caption().strip().endsWith(".") ? " " : ". ");
        }
        if (!recipe.overlays().isEmpty()) {
            s.append(overlay(recipe, network, measuredNodes, mappingRule));
        }
        if (!recipe.moduleScores().isEmpty()) {
            s.append("Numbered squares under the nodes show the scores of the modules each node belongs to, read from ")
                    .append(recipe.moduleScores().get(0).path())
                    .append(" (a Senescope gene-set analysis of the network's modules), on Paul Tol's blue–red "
                            + "diverging scale centred at 0, with a thick outline where the module's adjusted p-value is "
                            + "below 0.05. ");
        }
        s.append(export(recipe));
        return s.toString();
    }

    /** The seed documents cited one after another, numbered; empty for a network that cites none. */
    static String seeds(List<SeedSource> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        List<String> cited = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            cited.add("(" + (i + 1) + ") " + sources.get(i).reference());
        }
        return "Seed documents: " + String.join(" ", cited) + " ";
    }

    private static String overlay(FigureRecipe recipe, Network network, int measuredNodes, String mappingRule) {
        FigureOptions o = recipe.options();
        List<String> conditions = recipe.overlays().stream().map(RecipeInput::condition).toList();
        long genes = geneNodes(network);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Node colours show %s from %s (%d "
                        + "condition%s; %d of %d gene node%s measured). %s%s The colour scale is Paul Tol's "
                        + "colour-blind-safe blue–red diverging scheme centred at 0 and clamped at \u00b1%s; grey "
                        + "marks nodes without a value and a thick black border an adjusted p-value below 0.05. ",
                recipe.valueLabel(), recipe.overlayTitle(), conditions.size(), conditions.size() == 1 ? "" : "s",
                measuredNodes, genes, genes == 1 ? "" : "s",
                FoldChangeText.sentence(recipe.valueLabel(), conditions), mappingRule.strip(),
                DecimalText.of(o.colourLimit(), 2)));
        if (o.display() == ConditionDisplay.STRIPES) {
            s.append("Several conditions are shown as heat stripes under each gene node. ");
        } else if (o.display() == ConditionDisplay.PANELS) {
            s.append("Several conditions are shown as small-multiple panels on one shared colour scale. ");
        }
        return s.toString();
    }

    /** The export: each written format, with the resolution of the bitmap and the fonts of the PDF only if written. */
    private static String export(FigureRecipe recipe) {
        List<String> formats = new ArrayList<>();
        for (FigureFormat f : recipe.formats()) {
            String name = f.extension().toUpperCase(Locale.ROOT);
            formats.add(f == FigureFormat.PNG ? name + " (" + recipe.options().dpi() + " dpi)" : name);
        }
        String listed = formats.size() <= 1 ? String.join("", formats) : String.join(", ", formats.subList(0,
                formats.size() - 1)) + " and " + formats.get(formats.size() - 1);
        return String.format(Locale.ROOT, "The figure was exported at %s width as %s.%s The recipe file records the "
                        + "SHA-256 checksum of every input and every parameter, %s.", recipe.options().width(), listed,
                recipe.formats().contains(FigureFormat.PDF) ? " Its fonts are embedded in the PDF." : "",
                recipe.network().path().startsWith(RecipeInput.VIEW_PREFIX)
                        ? "the network and data by their content as the Cytoscape view showed them"
                        : "from which `senescope figure --recipe` remakes it");
    }

    private static long geneNodes(Network network) {
        return network.nodes().stream().filter(Node::hasGenes).count();
    }
}
