package org.senescope.render.recipe;

import java.util.Locale;

import org.senescope.model.Network;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.render.DecimalText;
import org.senescope.model.EvidenceType;
import org.senescope.model.figure.FigureOptions;

/** The methods paragraph for a figure, written from its recipe for pasting into a paper. Stateless. */
public final class MethodsText {

    private MethodsText() {
    }

    /**
     * The paragraph.
     *
     * @param measuredNodes how many network nodes the overlay measured (ignored without overlay)
     * @param mappingRule   how the data's identifiers reached the nodes, one sentence; empty without overlay
     */
    public static String of(FigureRecipe recipe, Network network, int measuredNodes, String mappingRule) {
        FigureOptions o = recipe.options();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s (%d nodes, %d edges, built from %d seed documents; gene "
                        + "identifiers from %s) was drawn with Senescope %s in %s. ", network.name(),
                network.nodes().size(), network.edges().size(), network.sources().size(), recipe.geneTable(),
                recipe.senescopeVersion(), o.layout().describe()));
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
            s.append(String.format(Locale.ROOT, "Node colours show %s from %s (%d condition%s; %d of %d nodes "
                            + "measured). %s The colour scale is Paul Tol's colour-blind-safe blue–red diverging "
                            + "scheme centred at 0 and clamped at \u00b1%s; grey marks nodes without a value and a thick "
                            + "black border an adjusted p-value below 0.05. ", recipe.valueLabel(),
                    recipe.overlayTitle(), recipe.overlays().size(), recipe.overlays().size() == 1 ? "" : "s",
                    measuredNodes, network.nodes().size(), mappingRule.strip(), trim(o.colourLimit())));
            if (o.display() == ConditionDisplay.STRIPES) {
                s.append("Several conditions are shown as heat stripes under each gene node. ");
            } else if (o.display() == ConditionDisplay.PANELS) {
                s.append("Several conditions are shown as small-multiple panels on one shared colour scale. ");
            }
        }
        if (!recipe.moduleScores().isEmpty()) {
            s.append("Numbered squares under the nodes show the scores of the modules each node belongs to, read from ")
                    .append(recipe.moduleScores().get(0).path())
                    .append(" (a Senescope gene-set analysis of the network's modules), on Paul Tol's blue–red "
                            + "diverging scale centred at 0, with a thick outline where the module's adjusted p-value is "
                            + "below 0.05. ");
        }
        s.append(String.format(Locale.ROOT, "The figure was exported at %s width (%d dpi for the bitmap) as %s, "
                        + "with fonts embedded in the PDF; the recipe file records the SHA-256 checksum of every input "
                        + "and every parameter, %s.", o.width(),
                o.dpi(), String.join(", ", recipe.formats().stream().map(f -> f.extension().toUpperCase(Locale.ROOT))
                        .toList()), recipe.network().path().startsWith(RecipeInput.VIEW_PREFIX)
                        ? "the network and data by their content as the Cytoscape view showed them"
                        : "from which `senescope figure --recipe` remakes it"));
        return s.toString();
    }

    private static String trim(double v) {
        return DecimalText.of(v, 2);
    }
}
