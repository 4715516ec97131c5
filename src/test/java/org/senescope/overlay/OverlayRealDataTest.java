package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.senescope.read.table.TableOptions;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierKind;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;

/** The overlay on the shared real data sets; expected numbers were read from the files with awk and grep. */
class OverlayRealDataTest {

    private static final Path HS = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final Path SN = OverlayFixtures.DATA.resolve("liver-deseq2/SN_DESeq2_genesymb.tsv");
    private static final Path RNK = OverlayFixtures.DATA.resolve("mouse-th1/naive.vs.th1.rnk");
    private static final Path MATRIX = OverlayFixtures.DATA.resolve("mouse-th1/gse14308_expression_matrix.tsv");
    private static final Path GCT = OverlayFixtures.DATA.resolve("gsea-p53/P53_collapsed_symbols.gct");

    private static MappedOverlay map(OverlayOptions options, Path... files) throws IOException {
        List<InputTable> tables = new ArrayList<>();
        for (Path f : files) {
            tables.add(InputTableReader.read(f, TableOptions.defaults()));
        }
        return OverlayFixtures.mapper().map(tables, options);
    }

    private static Measurement measurement(MappedOverlay result, String node, int condition) {
        return result.overlay().node(node).map(NodeOverlay::measurements).orElseThrow().get(condition);
    }

    @Test
    void everyRowOfTheLiverTableEndsInExactlyOneCategory() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), HS);
        MappingReport report = result.report();
        Map<RowOutcome, Integer> expected = new EnumMap<>(RowOutcome.class);
        // The 8 rows of family members that lose the node value to a sibling are used as member cells.
        expected.put(RowOutcome.USED, 24);
        expected.put(RowOutcome.NOT_EXPRESSED, 0);
        expected.put(RowOutcome.NOT_CHOSEN, 0);
        expected.put(RowOutcome.NOT_ON_NETWORK, 18_002);
        expected.put(RowOutcome.UNKNOWN_IDENTIFIER, 194);
        expected.put(RowOutcome.AMBIGUOUS_IDENTIFIER, 30);
        expected.put(RowOutcome.EXCEL_DAMAGED, 1);
        expected.put(RowOutcome.NO_IDENTIFIER, 0);
        // awk -F'\t' '$3=="NA"' HS_DESeq2_genesymb.tsv | wc -l
        expected.put(RowOutcome.NO_VALUE, 802);
        expected.put(RowOutcome.NOT_FINITE, 0);
        assertEquals(expected, report.counts());
        // 19,053 data rows on lines 2..19,054, each reported once
        assertEquals(19_053, report.rows().size());
        assertEquals(19_053, report.rows().list().stream().map(RowRecord::line).distinct().count());
        assertEquals(26, report.excelRepaired());
    }

    @Test
    void duplicatedSymbolsAreReportedRowByRow() throws IOException {
        MappingReport report = map(OverlayOptions.defaults(), HS).report();
        // COG8 is one of the 9 duplicated symbols (cut -f1 | sort | uniq -d)
        List<RowRecord> cog8 = report.rows().list().stream().filter(r -> r.identifier().equals("COG8")).toList();
        assertEquals(2, cog8.size());
        assertEquals(2, cog8.stream().map(RowRecord::line).distinct().count());
    }

    @Test
    void tiedAdjustedPValuesFallBackToThePValue() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), HS);
        // Seven NKG2D ligands share padj 0.999690735919201; RAET1G (line 16958) has the smallest p, 0.141403366161699.
        NodeOverlay ligands = result.overlay().node("NKG2D_ligands").orElseThrow();
        assertEquals("RAET1G", ligands.inputIdentifier());
        assertEquals(new Measurement(1.14886498146605, 0.999690735919201), ligands.measurements().get(0));
        assertEquals(true, ligands.mappingRoute().startsWith("HGNC symbol RAET1G -> node NKG2D_ligands; most "
                + "significant of 8 rows (lines 3939, 6279, 6282, 9745, 11167, 16958, 17152, 17155)"),
                ligands.mappingRoute());
        // IL12B has p 0.0446 but padj NA, so IL12A (padj 0.9997) is the more significant subunit row.
        assertEquals("IL12A", result.overlay().node("IL12").orElseThrow().inputIdentifier());
    }

    @Test
    void twoContrastsGiveTwoConditions() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), HS, SN);
        assertEquals(List.of("HS_DESeq2_genesymb", "SN_DESeq2_genesymb"), result.overlay().conditions());
        assertEquals(new Measurement(0.221203669717059, 0.999690735919201), measurement(result, "TP53", 0));
        assertEquals(new Measurement(-0.140077600127373, 0.936273649699656), measurement(result, "TP53", 1));
        assertEquals(38_106, result.report().rows().size());
    }

    @Test
    void mouseEntrezIdsOfARankedListReachNodesThroughOrthologs() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), RNK);
        IdentifierColumn column = result.report().columns().get(0);
        assertEquals(IdentifierKind.MOUSE_ENTREZ, column.kind());
        assertEquals("12,000 of 12,000 values are numbers; 0 are human Entrez ids, 19 mouse Entrez ids of the "
                + "ortholog table", column.evidence());
        // A family member's row is used as its member cell even where a sibling gives the node value.
        assertEquals(16, result.report().count(RowOutcome.USED));
        assertEquals(0, result.report().count(RowOutcome.NOT_CHOSEN));
        assertEquals(11_984, result.report().count(RowOutcome.NOT_ON_NETWORK));
        // line 7507: 22059 (Trp53) 1.96607591796149
        assertEquals(1.96607591796149, measurement(result, "TP53", 0).value());
        assertEquals("mouse Entrez 22059 -> MGI symbol Trp53 (mouse; 1:1 ortholog of TP53) -> node TP53",
                result.overlay().node("TP53").orElseThrow().mappingRoute());
    }

    @Test
    void aMatrixWhoseHeaderIsOneFieldShortGivesOneConditionPerSample() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), MATRIX);
        assertEquals("row.names", result.report().columns().get(0).name());
        assertEquals(12, result.overlay().conditions().size());
        assertEquals("GSM357839", result.overlay().conditions().get(0));
        // line 2244: 22059 11.4353230625934 ...
        assertEquals(11.4353230625934, measurement(result, "TP53", 0).value());
        assertEquals(10_000, result.report().rows().size());
    }

    @Test
    void gctSamplesKeepTheirNamesAndOldSymbolsAreFollowed() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), GCT);
        List<String> conditions = result.overlay().conditions();
        assertEquals(50, conditions.size());
        assertEquals(true, conditions.contains("COLO 205") && conditions.contains("MDA-MB-231/ATCC"));
        // line 9333: TP53 na 128.74 ...
        assertEquals(128.74, measurement(result, "TP53", 0).value());
        assertEquals("alias or previous symbol KRAS2 of KRAS -> node KRAS",
                result.overlay().node("KRAS").orElseThrow().mappingRoute());
        assertEquals(9_333, result.report().rows().list().stream().filter(r -> r.identifier().equals("TP53"))
                .map(RowRecord::line).collect(Collectors.toList()).get(0));
    }

    @Test
    void theTsvReportHoldsOneRecordPerColumnRowAndGeneNode() throws IOException {
        MappedOverlay result = map(OverlayOptions.defaults(), HS);
        Path file = Files.createTempFile("report", ".tsv");
        try (var out = Files.newOutputStream(file)) {
            OverlayTableWriter.writeReport(result.report(), out);
        }
        List<String> lines = Files.readAllLines(file);
        Files.delete(file);
        assertEquals(String.join("\t", MappingReport.TSV_COLUMNS), lines.get(0));
        assertEquals(1 + 1 + 19_053 + result.report().nodes().size(), lines.size());
        assertEquals("row\t" + HS + "\t7996\tTP53\tused\tTP53\tHGNC symbol TP53 -> node TP53",
                lines.stream().filter(l -> l.contains("\t7996\t")).findFirst().orElseThrow());
    }
}
