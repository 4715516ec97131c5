package org.senescope.genes.hgnc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;

class HgncOverlayTest {
    private static HumanGene gene(int entrez, String symbol, String ensembl, String... aliases) {
        return new HumanGene(entrez, symbol, "", "protein-coding", ensembl.isEmpty() ? List.of() : List.of(ensembl),
                List.of(), List.of(aliases), "");
    }

    @Test
    void hgncGenesUpdateTheTableByEnsemblSymbolOrPreviousSymbol() throws IOException {
        HumanGeneTable base = HumanGeneTable.of("test base", List.of(
                gene(7157, "TP53", "ENSG00000141510", "P53"),
                gene(1026, "CDKN1", "", "CAP20"),
                gene(1029, "CDKN2A", ""),
                gene(3845, "KRAS", "ENSG00000133703")));
        HgncOverlay.Result result = HgncOverlay.apply(base, HgncFileReaderTest.readSample(RejectPolicy.SKIP));

        HumanGeneTable table = result.table();
        assertEquals(4, table.size());
        assertEquals(List.of("TP53", "CDKN1A", "CDKN2A"), result.updated().stream().map(HumanGene::symbol).toList());
        // Renamed: found by its previous symbol, keeps its Entrez id, and the old symbol still finds it.
        HumanGene cdkn1a = table.bySymbol("CDKN1A").get(0);
        assertEquals(1026, cdkn1a.entrezId());
        assertEquals(List.of("CAP20", "CDKN1", "P21", "CIP1", "WAF1", "SDI1"), cdkn1a.aliases());
        assertEquals(List.of(cdkn1a), table.byAlias("CDKN1"));
        assertEquals("6", cdkn1a.chromosome());
        assertEquals(List.of("ENSG00000124762"), cdkn1a.ensemblIds());
        assertEquals("tumor protein p53", table.byEntrezId(7157).orElseThrow().name());
        assertTrue(table.byAlias("p14ARF").stream().anyMatch(g -> g.entrezId() == 1029));
        // KLRK1 is not in the base table: reported, not invented.
        assertEquals(List.of("KLRK1: no gene of the table matches"), result.unapplied().stream()
                .map(u -> u.gene().approvedSymbol() + ": " + u.reason()).toList());
        assertEquals("KRAS", table.byEntrezId(3845).orElseThrow().symbol());
        assertEquals("test base, updated from HGNC file hgnc-sample.tsv", table.source());
        assertEquals("CDKN1", base.byEntrezId(1026).orElseThrow().symbol());
    }
}
