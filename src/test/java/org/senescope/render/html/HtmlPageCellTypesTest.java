package org.senescope.render.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.cell.NodeCellTypes.NodeExpression;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.CellTypeDots;
import org.senescope.render.FigureScene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senescope.render.html.HtmlPageWriterTest.count;
import static org.senescope.render.html.HtmlPageWriterTest.write;

/** The page of a cell-type figure ({@code sc-overlay}): what the side panel's per-cell-type table is made from. */
class HtmlPageCellTypesTest {

    private static final Pattern DATA = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL);
    private static final String HOSTILE = "</script><!--<script>alert(\"&'\")</script>";

    private static NodeCellTypes values() {
        return new NodeCellTypes("cell_type", List.of("CD14 Mono", HOSTILE), List.of(1234, 12), 0.1,
                "mean of the counts log-normalised", Map.of(
                        "CCL5", new NodeExpression(List.of("CCL5"), List.of("CCL5", "CCL5"), new double[] {0.25, 0.5},
                                new double[] {1.5, 0.75}),
                        "NKG2D_ligands", new NodeExpression(List.of("MICA", "MICB"), List.of("MICB", "MICA"),
                                new double[] {0.125, 0}, new double[] {0.0625, 0})));
    }

    @Test
    void eachMeasuredGeneNodeCarriesOneRowPerCellTypeWithCellsFractionMeanAndTheMemberShown() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        String page = write(CellTypeDots.figure(network, values(), FigureOptions.defaults("Cell types", "")));
        JsonNode data = data(page);
        assertEquals("{\"column\":\"cell_type\",\"meanNote\":\"mean of the counts log-normalised\",\"types\":"
                + "[[\"CD14 Mono\",1234],[" + new ObjectMapper().writeValueAsString(HOSTILE) + ",12]]}",
                data.get("cellTypes").toString());
        Map<String, JsonNode> byId = new HashMap<>();
        data.get("nodes").forEach(n -> byId.put(n.get("data").get("id").asText(), n.get("data")));
        JsonNode ccl5 = byId.get("CCL5");
        assertEquals(2, ccl5.get("cellTypes").size());
        JsonNode first = ccl5.get("cellTypes").get(0);
        assertEquals("CD14 Mono", first.get("type").asText());
        assertEquals(1234, first.get("cells").asInt());
        assertEquals(0.25, first.get("fraction").asDouble());
        assertEquals(1.5, first.get("mean").asDouble());
        assertEquals("CCL5", first.get("gene").asText());
        assertEquals(HOSTILE, ccl5.get("cellTypes").get(1).get("type").asText(), "the data holds the name exactly");
        assertEquals(0.5, ccl5.get("cellTypes").get(1).get("fraction").asDouble());
        assertEquals("[\"CCL5\"]", ccl5.get("cellTypeGenes").toString());
        JsonNode ligands = byId.get("NKG2D_ligands");
        assertEquals("[\"MICA\",\"MICB\"]", ligands.get("cellTypeGenes").toString());
        assertEquals("MICB", ligands.get("cellTypes").get(0).get("gene").asText(), "the member each row shows");
        assertEquals(0.0, ligands.get("cellTypes").get(1).get("fraction").asDouble());
        assertFalse(byId.get("TP53").has("cellTypes"), "a node not measured has no rows");
        assertFalse(byId.get("TP53").has("cellTypeGenes"));
    }

    @Test
    void theLegendNamesTheTypesWithTheirCellsEscapedAndOtherPagesCarryNoCellTypes() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        String page = write(CellTypeDots.figure(network, values(), FigureOptions.defaults("Cell types", "")));
        assertEquals(2, count(page, "<script"), "no script opened by a name");
        assertEquals(2, count(page, "</script>"), "no script closed by a name");
        assertEquals(0, count(page, "<!--"), "no comment opened by a name");
        assertTrue(page.contains("<div class=\"block\" id=\"cellTypeLegend\"><b>Cell types (cell_type)</b>"
                + "<div>click a gene node measured in the data for its</div><div>fraction of cells expressing and mean "
                + "expression per type</div><div>1 CD14 Mono (1,234 cells)</div><div>2 &lt;/script&gt;&lt;!--&lt;"
                + "script&gt;alert(&quot;&amp;'&quot;)&lt;/script&gt; (12 cells)</div></div>"), "the legend block");

        String plain = write(FigureScene.compose(network, FigureOptions.defaults("Plain", "")));
        assertFalse(plain.contains("cellTypeLegend"));
        Matcher p = DATA.matcher(plain);
        assertTrue(p.find());
        assertFalse(p.group(1).contains("\"cellTypes\""), "pages without cell types carry no such key");
    }

    @Test
    void thePageCaptionSaysWhatThePageShowsNotTheFiguresDotStrips() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        FigureScene scene = CellTypeDots.figure(network, values(), FigureOptions.defaults("Cell types", ""));
        String figure = String.join(" ", scene.captionLines());
        assertTrue(figure.contains("Dot strip under each gene node"), figure);
        Matcher m = Pattern.compile("<p id=\"caption\">(.*?)</p>", Pattern.DOTALL).matcher(write(scene));
        assertTrue(m.find());
        String caption = m.group(1);
        assertFalse(caption.contains("strip"), caption);
        assertFalse(caption.contains("one dot per cell type"), caption);
        assertEquals(HtmlPageWriter.escape(figure.substring(0, figure.indexOf(" Dot strip")) + " Click a gene node "
                + "measured in the data for a table of its values per cell type of cell_type (CD14 Mono, " + HOSTILE
                + "): the type's cells, the fraction of them expressing the gene (a value above 0) and the mean "
                + "log-normalised expression over them, for a family or complex node the member expressed in the "
                + "largest fraction of the type's cells; the legend lists the types with their numbers of cells."),
                caption, "the figure's caption, its dot-strip sentence replaced");

        FigureScene plain = FigureScene.compose(network, FigureOptions.defaults("Plain", ""));
        Matcher p = Pattern.compile("<p id=\"caption\">(.*?)</p>", Pattern.DOTALL).matcher(write(plain));
        assertTrue(p.find());
        assertEquals(HtmlPageWriter.escape(String.join(" ", plain.captionLines())), p.group(1),
                "a page without cell types has the figure's caption");
    }

    private static JsonNode data(String page) throws Exception {
        Matcher m = DATA.matcher(page);
        assertTrue(m.find(), "the page carries its data as JSON");
        return new ObjectMapper().readTree(m.group(1));
    }
}
