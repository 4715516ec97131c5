package org.senescope.genes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HumanGeneTableTest {
    private static HumanGeneTable table;

    @BeforeAll
    static void loadShippedTable() throws IOException {
        table = new HumanGeneTableReader().readShipped();
    }

    private static List<String> symbols(List<HumanGene> genes) {
        return genes.stream().map(HumanGene::symbol).toList();
    }

    @Test
    void shippedTableHasEveryRowAndItsProvenance() {
        assertEquals(77_614, table.size());
        assertEquals(77_614, table.genes().size());
        assertEquals(Optional.of(LocalDate.of(2022, 9, 12)), table.snapshotDate());
        assertTrue(table.source().contains("org.Hs.eg.db 3.16.0"), table.source());
    }

    @Test
    void tp53IsFoundBySymbolEntrezEnsemblAndUniprot() {
        HumanGene tp53 = table.bySymbol("TP53").get(0);
        assertEquals(1, table.bySymbol("TP53").size());
        assertEquals(7157, tp53.entrezId());
        assertEquals("7157", tp53.entrezIdText());
        assertEquals(List.of("ENSG00000141510"), tp53.ensemblIds());
        assertTrue(tp53.uniprotIds().contains("P04637"));
        assertEquals("17", tp53.chromosome());
        assertEquals("protein-coding", tp53.geneType());
        assertEquals(Optional.of(tp53), table.byEntrezId(7157));
        assertEquals(Optional.of(tp53), table.byEntrezId("7157"));
        assertEquals(List.of(tp53), table.byEnsemblId("ENSG00000141510"));
        assertEquals(List.of(tp53), table.byUniprot("P04637"));
    }

    @Test
    void ensemblIdWithVersionSuffixAndUniprotIsoformAreFound() {
        assertEquals(List.of("TP53"), symbols(table.byEnsemblId("ENSG00000141510.17")));
        assertEquals(List.of("TP53"), symbols(table.byEnsemblId("ensg00000141510.17")));
        assertEquals(List.of("TP53"), symbols(table.byUniprot("P04637-2")));
        assertEquals(List.of("CDKN1A"), symbols(table.byUniprot("P38936")));
    }

    @Test
    void symbolLookupIsExactFirstThenIgnoresCase() {
        assertEquals(List.of("TP53"), symbols(table.bySymbol("tp53")));
        assertEquals(List.of("CDKN2A"), symbols(table.bySymbol("Cdkn2a")));
        // Entrez Gene has a few shared symbols; both genes come back.
        assertEquals(2, table.bySymbol("HBD").size());
        assertEquals(List.of(), table.bySymbol("NOT-A-GENE"));
    }

    @Test
    void unknownIdsGiveEmptyResults() {
        assertEquals(Optional.empty(), table.byEntrezId(0));
        assertEquals(Optional.empty(), table.byEntrezId("p53"));
        assertEquals(List.of(), table.byEnsemblId("ENSG00000000000"));
        assertEquals(List.of(), table.byUniprot("Q00000"));
    }

    @Test
    void p21InEitherCaseFindsCdkn1aAmongSeveralGenes() {
        List<String> upper = symbols(table.byAlias("P21"));
        List<String> lower = symbols(table.byAlias("p21"));
        assertTrue(upper.contains("CDKN1A"), upper.toString());
        assertTrue(lower.contains("CDKN1A"), lower.toString());
        assertTrue(upper.containsAll(List.of("CDKN1A", "TCEAL1", "NSG1")), upper.toString());
        // Same genes either way, but genes writing the alias in the asked case come first.
        assertEquals(List.copyOf(new java.util.TreeSet<>(upper)), List.copyOf(new java.util.TreeSet<>(lower)));
        assertEquals("CDKN1A", upper.get(0));
        assertEquals("TCEAL1", lower.get(0));
    }

    @Test
    void literatureNamesFindTheirGenes() {
        assertTrue(symbols(table.byAlias("NKG2D")).contains("KLRK1"));
        assertTrue(symbols(table.byAlias("PD-L2")).contains("PDCD1LG2"));
        assertTrue(symbols(table.byAlias("PD-L1")).contains("CD274"));
        assertTrue(symbols(table.byAlias("MCP-1")).contains("CCL2"));
    }

    @Test
    void ambiguousAliasesReturnEveryGeneCarryingThem() {
        List<String> p19 = symbols(table.byAlias("P19"));
        assertTrue(p19.containsAll(List.of("CDKN2A", "F9", "REG1A", "IL23A")), p19.toString());
        List<String> p14 = symbols(table.byAlias("P14"));
        assertTrue(p14.containsAll(List.of("CDKN2A", "S100A9", "RPP14", "SF3B6")), p14.toString());
    }

    @Test
    void symbolOrAliasPutsTheSymbolFirstAndListsEachGeneOnce() {
        List<String> found = symbols(table.bySymbolOrAlias("KLRK1"));
        assertEquals("KLRK1", found.get(0));
        assertEquals(found.size(), found.stream().distinct().count());
    }

    @Test
    void replacementsSwapGenesByEntrezIdAndKeepTheBaseUnchanged() {
        HumanGene renamed = new HumanGene(7157, "TP53NEW", "renamed", "protein-coding", List.of(), List.of(),
                List.of("TP53"), "17");
        HumanGeneTable updated = table.withReplacements("test overlay", List.of(renamed));
        assertEquals(table.size(), updated.size());
        assertEquals(List.of(renamed), updated.bySymbol("TP53NEW"));
        assertEquals(List.of(renamed), updated.byAlias("TP53"));
        assertEquals(Optional.empty(), updated.snapshotDate());
        assertEquals("TP53", table.byEntrezId(7157).orElseThrow().symbol());
    }
}
