package org.senescope.render;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Overlay;

/** The figure's caption: the data named, then what every visual encoding means. Stateless. */
final class CaptionText {

    private CaptionText() {
    }

    /**
     * @param whole   the network before edges were left out by evidence level
     * @param network the network drawn
     * @param overlay the data colouring the nodes, or null for none
     * @param badges  the module scores on the nodes, or null for none
     */
    static String of(Network whole, Network network, @Nullable Overlay overlay, @Nullable ModuleBadges badges,
                     FigureOptions options) {
        StringBuilder s = new StringBuilder();
        if (!options.caption().isBlank()) {
            s.append(options.caption().strip());
            if (!options.caption().strip().endsWith(".")) {
                s.append('.');
            }
            s.append(' ');
        }
        s.append(String.format(Locale.ROOT, "Network: %s (%d nodes, %d edges), drawn in %s. ", network.name(),
                network.nodes().size(), whole.edges().size(), options.layout().describe()));
        if (options.filtersEvidence()) {
            s.append(String.format(Locale.ROOT, "Only the %d edges at evidence level %s are drawn; %d edges of other "
                            + "levels are left out. ", network.edges().size(), EvidenceLevels.names(options.evidence()),
                    whole.edges().size() - network.edges().size()));
        }
        s.append("Node shape shows the kind of node. ");
        if (overlay == null) {
            s.append("Node fill shows the kind. ");
        } else {
            s.append(String.format(Locale.ROOT, "Colour: %s from %s on a diverging colour-blind-safe scale centred at 0 "
                            + "(ends at \u2212%s and +%s; values beyond are clamped); grey: not measured (%s); a thick "
                            + "black border marks adjusted p < %s. ", overlay.valueLabel(), overlay.title(),
                    Legend.number(options.colourLimit()), Legend.number(options.colourLimit()),
                    measuredGeneNodes(network, overlay), NodeFill.SIGNIFICANCE));
            s.append(FoldChangeText.sentence(overlay.valueLabel(), overlay.conditions()));
            if (NotExpressed.any(overlay)) {
                s.append("Hatched grey: a gene whose mean expression is below the chosen minimum (not expressed), "
                        + "whatever its fold change. ");
            }
            if (options.display() == ConditionDisplay.STRIPES) {
                s.append("Stripe cells under each gene node, left to right: ")
                        .append(String.join(", ", overlay.conditions())).append(". ");
            } else if (options.display() == ConditionDisplay.PANELS) {
                s.append("One panel per condition, all on one colour scale. ");
            } else if (overlay.conditions().size() > 1) {
                s.append("Colour shows condition ").append(overlay.conditions().get(0)).append(". ");
            }
        }
        if (badges != null && badges.strips().isPresent()) {
            s.append(badges.strips().get().caption());
        } else if (badges != null) {
            var scores = badges.scores();
            s.append(String.format(Locale.ROOT, "Numbered squares under a node: the modules it belongs to (numbers as "
                            + "in the legend), filled by the module's %s %s from %s on a blue–white–red colour-blind-safe "
                            + "scale centred at 0 (ends at \u2212%s and +%s); a thick outline marks %s < %s; modules not "
                            + "tested have no square. ",
                    scores.methodName(), scores.statistic(), scores.source(), Legend.number(badges.scale().limit()),
                    Legend.number(badges.scale().limit()), scores.qLabel(), NodeFill.SIGNIFICANCE));
        }
        s.append("Arrow: activation; T-bar: inhibition; no end marker: binding, membership or association, which have no "
                + "sign. Line weight, dash and opacity show the strongest evidence behind an edge: ");
        s.append(String.join("; ", EvidenceLevels.present(network).stream().map(EvidenceLevels::encoding).toList()))
                .append('.');
        return s.toString();
    }

    /** For example "17 of 21 gene nodes measured": only nodes that name a gene can be measured. */
    static String measuredGeneNodes(Network network, Overlay overlay) {
        long genes = network.nodes().stream().filter(Node::hasGenes).count();
        return overlay.nodes().size() + " of " + genes + " gene node" + (genes == 1 ? "" : "s") + " measured";
    }
}
