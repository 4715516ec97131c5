package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Confidence;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.Relation;
import org.senescope.model.Sign;
import org.senescope.model.SourceLine;
import org.senescope.model.Species;
import org.senescope.model.figure.FigureOptions;

/** Signs and evidence levels as the figure draws them: end markers, line weights, dashes, opacity, legend, filter. */
class EvidenceFigureTest {

    private static final double FONT = 6;

    @Test
    void onlyRegulationsEndInAnArrowheadOrATBar() {
        for (Relation relation : Relation.values()) {
            for (Sign sign : relation.allowedSigns()) {
                EdgePainter.Head head = EdgePainter.head(edge(relation, sign, relation.isNegated()
                        ? EvidenceType.NEGATIVE_FINDING : EvidenceType.SEED_FINDING));
                EdgePainter.Head expected = !relation.isSigned() ? EdgePainter.Head.NONE
                        : sign == Sign.POSITIVE ? EdgePainter.Head.ARROW : EdgePainter.Head.TEE;
                assertEquals(expected, head, relation.label() + " " + sign.symbol());
            }
        }
    }

    @Test
    void ligandsOfPd1AndOfNkg2dAreDrawnAlikeWithoutEndMarker() {
        Network network = SceneFixtures.network();
        for (String id : List.of("PDCD1LG2 (ligand of) PDCD1", "CD274 (ligand of) PDCD1",
                "NKG2D_ligands (ligand of) KLRK1")) {
            Edge edge = network.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            assertEquals(Sign.NONE, edge.sign(), id);
            assertEquals(EdgePainter.Head.NONE, EdgePainter.head(edge), id);
        }
        network.edges().stream().filter(e -> !e.relation().isSigned())
                .forEach(e -> assertEquals(EdgePainter.Head.NONE, EdgePainter.head(e), e.id()));
    }

    @Test
    void everyEvidenceLevelIsDrawnWithItsOwnWeightDashAndOpacity() {
        // width in points at a 6-point font, dash pattern ("" for solid), opacity
        assertStroke(EvidenceType.SEED_FINDING, 1.17, "", 1, "rgb(64,64,64)");
        assertStroke(EvidenceType.CITED_PRIOR_WORK, 0.78, "", 1, "rgb(64,64,64)");
        assertStroke(EvidenceType.REVIEW_CLAIM, 0.78, "", 0.55, "rgb(64,64,64)");
        assertStroke(EvidenceType.BACKGROUND, 0.39, "", 0.55, "rgb(64,64,64)");
        assertStroke(EvidenceType.HYPOTHESIS, 0.78, "0.78,1.2", 1, "rgb(64,64,64)");
        assertStroke(EvidenceType.NEGATIVE_FINDING, 0.78, "2.7,1.8", 1, "rgb(158,158,158)");
    }

    @Test
    void theLegendHasAnEntryPerEvidenceLevelPresentAndTheCaptionDescribesThem() {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), FigureOptions.defaults("t", ""));
        List<String> texts = scene.legendTexts();
        int at = texts.indexOf("Evidence");
        assertEquals(List.of("finding of the seed", "prior work the seed cites", "review claim", "background knowledge",
                "hypothesis", "negative finding (not found)"), texts.subList(at + 1, at + 7));
        String caption = String.join(" ", scene.captionLines());
        assertTrue(caption.contains("dotted line: a hypothesis"), caption);
        assertFalse(caption.contains("are drawn;"), "nothing was filtered: " + caption);
    }

    @Test
    void theEvidenceFilterRemovesExactlyTheOtherEdges() {
        Network network = SceneFixtures.network();
        Set<EvidenceType> kept = EnumSet.of(EvidenceType.SEED_FINDING, EvidenceType.HYPOTHESIS);
        FigureScene scene = FigureScene.compose(network, FigureOptions.defaults("t", "").withEvidence(kept));
        List<Edge> expected = network.edges().stream().filter(e -> kept.contains(e.evidenceLevel())).toList();
        assertEquals(expected, scene.network().edges());
        assertTrue(expected.size() > 10 && expected.size() < network.edges().size(), "the filter is a real one");
        assertEquals(network.nodes(), scene.network().nodes(), "every node stays in place");
        List<String> texts = scene.legendTexts();
        int at = texts.indexOf("Evidence");
        assertEquals(List.of("finding of the seed", "hypothesis"), texts.subList(at + 1, at + 3));
        assertFalse(texts.contains("review claim"));
        String caption = String.join(" ", scene.captionLines());
        assertTrue(caption.contains("Only the " + expected.size() + " edges at evidence level \u201cfinding reported in "
                + "the seed\u201d or \u201chypothesis\u201d are drawn; " + (network.edges().size() - expected.size())
                + " edges of other levels are left out."), caption);
    }

    @Test
    void anEdgeIsDrawnAtItsStrongestClaim() {
        Edge mixed = SceneFixtures.network().edges().stream()
                .filter(e -> e.id().equals("CDKN1A (induces) cell_cycle_arrest")).findFirst().orElseThrow();
        assertEquals(Set.of(EvidenceType.CITED_PRIOR_WORK, EvidenceType.BACKGROUND), mixed.evidenceTypes());
        assertEquals(EvidenceType.CITED_PRIOR_WORK, mixed.evidenceLevel());
    }

    private static void assertStroke(EvidenceType level, double width, String dashes, double opacity, String colour) {
        SVGGraphics2D g = new SVGGraphics2D(200, 100);
        EdgePainter.paint(g, new DrawnEdge(edge(level == EvidenceType.NEGATIVE_FINDING ? Relation.NOT_REQUIRED_FOR
                        : Relation.ASSOCIATED_WITH, Sign.NONE, level),
                new Line2D.Double(30, 50, 170, 50), new Path2D.Double()), FONT);
        List<String> styles = new ArrayList<>();
        Matcher m = Pattern.compile("style='([^']*)'").matcher(g.getSVGElement());
        while (m.find()) {
            styles.add(m.group(1));
        }
        String line = styles.stream().filter(s -> s.contains("stroke-width")).findFirst().orElseThrow();
        assertEquals(width, Double.parseDouble(value(line, "stroke-width")), 0.005, level + ": " + line);
        assertEquals(dashes, value(line, "stroke-dasharray"), level + ": " + line);
        assertEquals(opacity, Double.parseDouble(value(line, "stroke-opacity")), 0.005, level + ": " + line);
        assertEquals(colour, value(line, "stroke"), level + ": " + line);
    }

    private static String value(String style, String property) {
        Matcher m = Pattern.compile("(?:^|;)\\s*" + property + ":\\s*([^;]*)").matcher(style);
        return m.find() ? m.group(1).trim() : "";
    }

    private static Edge edge(Relation relation, Sign sign, EvidenceType type) {
        Citation citation = type == EvidenceType.BACKGROUND ? new Citation.Background("known")
                : new Citation.SeedQuote("003_662adfca3ea2fe09.txt", "quoted");
        Claim claim = new Claim("a", "b", relation, sign, true, type, citation, Species.UNSPECIFIED, "",
                Confidence.STATED, "", new SourceLine("claims.tsv", 2));
        return new Edge(claim.edgeKey(), sign, true, List.of(claim));
    }
}
