package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.ColumnChoice;

/** Bad data on the mapping's side: each case names file, line and column and says what was expected. */
class OverlayBadInputTest {

    private static String message(OverlayOptions options, String... lines) {
        InputTable table = OverlayFixtures.table("data.tsv", lines);
        return assertThrows(InputFormatException.class,
                () -> OverlayFixtures.mapper().map(List.of(table), options)).getMessage();
    }

    private static String message(String... lines) {
        return message(OverlayOptions.defaults(), lines);
    }

    @Test
    void aBadStatisticInARankedListIsBlamedAtItsLineAndColumn() {
        // A .rnk's second field is its statistic: text on line 6 was reported as "no value column" on line 1.
        InputTable ranks = InputTableReader.read("ranks.rnk", String.join("\n", "TP53\t1.5", "CDKN1A\t2.1",
                "IL6\t-0.3", "CXCL8\t0.8", "SERPINE1\t1.1", "IL1B\tabc", "TNF\t0.4", "").getBytes(
                java.nio.charset.StandardCharsets.UTF_8), org.senescope.read.table.TableOptions.defaults());
        assertEquals("ranks.rnk:6:2: column 'V2': expected a number, found 'abc'", assertThrows(
                InputFormatException.class, () -> OverlayFixtures.mapper().map(List.of(ranks),
                        OverlayOptions.defaults())).getMessage());
    }

    @Test
    void humanEnsemblIdsInATableSaidToBeMouse() {
        assertEquals("data.tsv:1:1: column 'gene_id' holds Ensembl gene ids, which are human identifiers (2 of 2 "
                        + "values are ENSG ids), but the species was given as mouse",
                message(OverlayOptions.defaults().withSpecies(SpeciesChoice.MOUSE),
                        "gene_id\tlog2FoldChange\tpadj", "ENSG00000141510.17\t1.0\t0.01", "ENSG00000124762\t2\t0.1"));
    }

    @Test
    void mouseEnsemblIdsInATableSaidToBeHuman() {
        assertEquals("data.tsv:1:1: column 'gene_id' holds mouse Ensembl gene ids, which are mouse identifiers (1 of 1 "
                        + "values are ENSMUSG ids), but the species was given as human",
                message(OverlayOptions.defaults().withSpecies(SpeciesChoice.HUMAN),
                        "gene_id\tlog2FoldChange\tpadj", "ENSMUSG00000059552\t1.0\t0.01"));
    }

    @Test
    void mouseEnsemblIdsOutsideTheOrthologTableReachNoNode() {
        assertEquals("data.tsv:1:1: no identifier matched the network: column 'gene_id' holds mouse Ensembl gene ids "
                        + "(mouse; 1 of 1 values are ENSMUSG ids), and none reaches a network node; the ortholog table "
                        + "has verified mouse Ensembl ids for 22 of its 34 mouse genes: give MGI symbols or Entrez ids "
                        + "for the others",
                message("gene_id\tlog2FoldChange\tpadj", "ENSMUSG00000000001.5\t1.0\t0.01"));
    }

    @Test
    void noIdentifierMatchesTheNetwork() {
        assertEquals("data.tsv:1:1: no identifier matched the network: column 'gene' holds HGNC symbols (human; 0 of "
                        + "2 values are written in mouse case (Trp53), 2 in capitals (TP53)), and none reaches a network "
                        + "node; 2 are HGNC symbols; if these are mouse genes written in capitals, give --species mouse",
                message("gene\tlog2FoldChange\tpadj", "GAPDH\t1.0\t0.01", "ACTB\t2\t0.1"));
    }

    @Test
    void twoColumnsThatBothReachTheNetworkAreAmbiguous() {
        assertEquals("data.tsv:1:1: ambiguous identifier column: 'gene_id' (Ensembl gene ids, 1 row reaches the "
                        + "network) and 'symbol' (HGNC symbols, 1 row reaches the network); name one with --id-column",
                message("gene_id\tsymbol\tlog2FoldChange\tpadj", "ENSG00000141510\tTP53\t1.0\t0.01"));
    }

    @Test
    void namingTheIdentifierColumnResolvesTheAmbiguity() throws InputFormatException {
        InputTable table = OverlayFixtures.table("data.tsv", "gene_id\tsymbol\tlog2FoldChange\tpadj",
                "ENSG00000141510\tTP53\t1.0\t0.01");
        MappedOverlay result = OverlayFixtures.mapper().map(List.of(table),
                OverlayOptions.defaults().withIdColumn(new ColumnChoice.Named("symbol")));
        assertEquals("symbol", result.report().columns().get(0).name());
    }

    @Test
    void aNamedIdentifierColumnThatIsNotThere() {
        assertEquals("data.tsv:1: no identifier column 'Gene'; the columns are 'gene', 'log2FoldChange', 'padj'",
                message(OverlayOptions.defaults().withIdColumn(new ColumnChoice.Named("Gene")), "gene\tlog2FoldChange\tpadj",
                        "TP53\t1.0\t0.01"));
    }

    @Test
    void aNamedValueColumnThatIsNotThere() {
        OverlayOptions options = OverlayOptions.defaults().withValueColumns(List.of("logFC"));
        assertEquals("data.tsv:1: no value column 'logFC'; the columns are 'gene', 'log2FoldChange', 'padj'",
                message(options, "gene\tlog2FoldChange\tpadj", "TP53\t1.0\t0.01"));
    }

    @Test
    void aNamedAdjustedPColumnThatIsNotThere() {
        OverlayOptions options = OverlayOptions.defaults().withAdjustedPColumn(new ColumnChoice.Named("FDR"));
        assertEquals("data.tsv:1: no adjusted p-value column 'FDR'; the columns are 'gene', 'log2FoldChange', 'padj'",
                message(options, "gene\tlog2FoldChange\tpadj", "TP53\t1.0\t0.01"));
    }

    @Test
    void aTableWithoutNumbers() {
        assertEquals("data.tsv:1: no value column: expected the columns of a DESeq2, limma, edgeR or Seurat result "
                        + "(e.g. log2FoldChange and padj) or numeric columns after the identifiers; found 'gene', "
                        + "'note'; name one with --value-column",
                message("gene\tnote", "TP53\tup"));
    }

    @Test
    void textWhereANumberBelongs() {
        assertEquals("data.tsv:3:2: column 'log2FoldChange': expected a number, found 'up'",
                message("gene\tlog2FoldChange\tpvalue\tpadj", "TP53\t1.0\t0.001\t0.01", "CDKN1A\tup\t0.001\t0.01"));
    }

    @Test
    void aPValueOutsideZeroToOneOnAnyRowEvenOneThatReachesNoNode() {
        assertEquals("data.tsv:3:4: column 'padj': expected a p-value between 0 and 1, found '-0.01'",
                message("gene\tlog2FoldChange\tpvalue\tpadj", "TP53\t1.0\t0.001\t0.01", "NOTAGENE\t1\t0.001\t-0.01"));
        assertEquals("data.tsv:2:3: column 'pvalue': expected a p-value between 0 and 1, found '1.5'",
                message("gene\tlog2FoldChange\tpvalue\tpadj", "TP53\t1.0\t1.5\t0.01"));
    }

    @Test
    void anIdentifierColumnOfOnlyMissingValues() {
        assertEquals("data.tsv:1:1: column 'gene' has no identifiers: every cell is empty or NA",
                message(OverlayOptions.defaults().withIdColumn(new ColumnChoice.Named("gene")), "gene\tlog2FoldChange\tpadj",
                        "NA\t1.0\t0.01", "\t2.0\t0.02"));
    }
}
