package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.RowRecord;
import org.senescope.read.table.TableOptions;

/** {@code --min-expression} on the real liver DESeq2 table (baseMean) and the mouse GSE14308 matrix (row mean). */
class MinExpressionMappingTest {

    private static final Path HS = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final Path MATRIX = OverlayFixtures.DATA.resolve("mouse-th1/gse14308_expression_matrix.tsv");
    private static final Path RNK = OverlayFixtures.DATA.resolve("mouse-th1/naive.vs.th1.rnk");

    private static MappedOverlay map(Path file, double minimum) throws IOException {
        return OverlayFixtures.mapper().map(List.of(InputTableReader.read(file, TableOptions.defaults())),
                OverlayOptions.defaults().withExpression(new ExpressionFilter.AtLeast(minimum)));
    }

    private static NodeOverlay node(MappedOverlay result, String id) {
        return result.overlay().node(id).orElseThrow();
    }

    private static Map<String, Boolean> membersExpressed(NodeOverlay node) {
        return node.members().stream().collect(java.util.stream.Collectors.toMap(MemberOverlay::symbol,
                m -> !m.measurements().get(0).notExpressed(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void il12WithBaseMeansBelowTenIsNotExpressedAndNotAStrongChange() throws IOException {
        MappedOverlay result = map(HS, 10);
        NodeOverlay il12 = node(result, "IL12");
        // IL12A baseMean 1.349, IL12B 0.677 (log2FC 1.678): both below 10
        assertEquals(Map.of("IL12A", false, "IL12B", false), membersExpressed(il12));
        Measurement shown = il12.measurements().get(0);
        assertTrue(shown.notExpressed());
        assertEquals(0.436388006101315, shown.value(), 0);
        // NKG2D ligands: MICA (41.5) and MICB (27.8) expressed; the ULBPs and RAET1s not; MICA gives the node value
        NodeOverlay ligands = node(result, "NKG2D_ligands");
        assertEquals(List.of(true, true, false, false, false, false, false, false),
                List.copyOf(membersExpressed(ligands).values()));
        assertEquals(List.of("MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G", "RAET1L"),
                List.copyOf(membersExpressed(ligands).keySet()));
        assertFalse(ligands.measurements().get(0).notExpressed());
        assertEquals(-0.3995704206134, ligands.measurements().get(0).value(), 0);
        // CDKN2A baseMean 12.96: expressed
        assertFalse(node(result, "CDKN2A_ARF").members().get(0).measurements().get(0).notExpressed());
        assertTrue(node(result, "PDCD1").measurements().get(0).notExpressed());
        assertFalse(node(result, "TP53").measurements().get(0).notExpressed());
    }

    @Test
    void everyRowIsStillAccountedForAndTheSummarySaysWhatIsNotExpressed() throws IOException {
        MappedOverlay result = map(HS, 10);
        // Without the filter: 24 used; 9 of them (IL12A, IL12B, PDCD1, 6 NKG2D ligands) are below 10
        assertEquals(15, result.report().count(RowOutcome.USED));
        assertEquals(9, result.report().count(RowOutcome.NOT_EXPRESSED));
        assertEquals(19_053, result.report().counts().values().stream().mapToInt(Integer::intValue).sum());
        RowRecord il12b = result.report().rows().list().stream().filter(r -> r.identifier().equals("IL12B"))
                .findFirst().orElseThrow();
        assertEquals(new RowRecord(HS.toString(), 4116, "IL12B", RowOutcome.NOT_EXPRESSED, List.of("IL12"),
                "HGNC symbol IL12B -> node IL12; baseMean (DESeq2 mean of normalised counts, linear scale) below 10"),
                il12b);
        List<String> summary = result.report().summary();
        assertEquals("Rows: 19,053 = 15 used, 9 used but drawn not expressed (below --min-expression), 18,002 gene "
                + "not on the network, 194 identifier not recognised, 30 ambiguous identifier: not used, 1 "
                + "Excel-damaged name: not repaired, 802 no value (NA, NaN or empty)", summary.get(2));
        assertEquals(List.of("Expressed: HS_DESeq2_genesymb.tsv: baseMean (DESeq2 mean of normalised counts, linear "
                        + "scale) at least 10",
                "Below --min-expression: 2 gene nodes drawn not expressed (IL12, PDCD1); member cells not expressed: "
                        + "IL12A, IL12B of IL12; ULBP1, ULBP2, ULBP3, RAET1E, RAET1G, RAET1L of NKG2D_ligands"),
                summary.subList(summary.size() - 2, summary.size()));
    }

    @Test
    void aMatrixUsesTheRowMeanOfItsSamples() throws IOException {
        MappedOverlay result = map(MATRIX, 8);
        // awk row means: Il18 (16173) 7.2074, Klrk1 (27007) 7.2040; the other measured genes are above 8
        assertTrue(node(result, "IL18").measurements().get(0).notExpressed());
        assertTrue(node(result, "KLRK1").measurements().get(0).notExpressed());
        assertFalse(node(result, "TP53").measurements().get(0).notExpressed());
        List<String> summary = result.report().summary();
        assertEquals(List.of("Expressed: gse14308_expression_matrix.tsv: row mean of the 12 sample columns (the "
                        + "matrix's own scale) at least 8",
                "Below --min-expression: 2 gene nodes drawn not expressed (IL18, KLRK1); member cells not expressed: "
                        + "none"), summary.subList(summary.size() - 2, summary.size()));
        assertEquals(2, result.report().count(RowOutcome.NOT_EXPRESSED));
    }

    @Test
    void aTableWithoutAMeanExpressionColumnIsRefusedNamingTheFile() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> map(RNK, 10));
        assertEquals(RNK + ":1: --min-expression needs a mean-expression column: expected baseMean (DESeq2), "
                + "AveExpr (limma), logCPM (edgeR) or the sample columns of an expression matrix; found numeric "
                + "column with columns 'ID', 't'", e.getMessage());
    }

    @Test
    void withoutTheFilterEveryMeasuredGeneIsExpressed() throws IOException {
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(InputTableReader.read(HS,
                TableOptions.defaults())), OverlayOptions.defaults());
        assertTrue(result.overlay().nodes().stream().flatMap(n -> n.measurements().stream())
                .noneMatch(Measurement::notExpressed));
        assertEquals(0, result.report().count(RowOutcome.NOT_EXPRESSED));
        assertFalse(result.report().summary().stream().anyMatch(l -> l.contains("min-expression")));
    }
}
