package org.senescope.genes;

import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.Species;

class GeneProductTableTest {
    private static GeneProductTable products;
    private static GeneComplexTable complexes;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        products = GeneProductTable.readShipped();
        complexes = GeneComplexTable.readShipped();
    }

    private static List<String> names(List<GeneProduct> found) {
        return found.stream().map(p -> p.product() + "/" + p.species().label()).toList();
    }

    @Test
    void p14ArfIsHumanCdkn2a() {
        List<GeneProduct> found = products.byName("p14ARF");
        assertEquals(List.of("p14ARF/human"), names(found));
        assertEquals("CDKN2A", found.get(0).hgncSymbol());
        assertEquals(List.of("p14ARF/human"), names(products.byName("P14arf")));
    }

    @Test
    void p19ArfIsMouseCdkn2a() {
        List<GeneProduct> found = products.byName("p19ARF");
        assertEquals(List.of("p19Arf/mouse"), names(found));
        assertEquals("CDKN2A", found.get(0).hgncSymbol());
    }

    @Test
    void arfNamesTheArfProductOfEachSpecies() {
        assertEquals(List.of("p14ARF/human", "p19Arf/mouse"), names(products.byName("ARF")));
        assertEquals(List.of("p19Arf/mouse"), names(products.byName("arf", Species.MOUSE)));
    }

    @Test
    void p16AliasesFindP16Ink4aInBothSpecies() {
        for (String alias : List.of("p16", "INK4A", "p16ink4a")) {
            assertEquals(List.of("p16INK4a/human", "p16INK4a/mouse"), names(products.byName(alias)), alias);
        }
        assertEquals(4, products.byGene("CDKN2A").size());
        assertEquals(List.of(), products.byName("p53"));
    }

    @Test
    void il12IsTheIl12aIl12bHeterodimer() {
        GeneComplex il12 = complexes.byName("IL-12").orElseThrow();
        assertEquals(List.of("IL12A", "IL12B"), il12.subunitSymbols());
        assertEquals(il12, complexes.byName("il12").orElseThrow());
        assertEquals(List.of(il12), complexes.containing("IL12A"));
        // p40 is shared with IL-23, so IL12B alone does not mean IL-12.
        List<String> withIl12b = complexes.containing("IL12B").stream().map(GeneComplex::name).toList();
        assertEquals(List.of("IL-12", "IL-23"), withIl12b);
        assertTrue(il12.note().contains("IL-23"));
    }

    @Test
    void unknownSpeciesInProductTableIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("products.tsv"), String.join("\t", GeneProductTable.COLUMNS)
                + "\nCDKN2A\tp14ARF\tHuman\tARF\t\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> GeneProductTable.read(file));
        assertEquals(file + ":2:3: expected human or mouse, found 'Human'", e.getMessage());
    }

    @Test
    void complexWithOneSubunitIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("complexes.tsv"), String.join("\t", GeneComplexTable.COLUMNS)
                + "\nIL-12\tIL12A\t\t\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> GeneComplexTable.read(file));
        assertEquals(file + ":2:2: expected two or more subunit symbols joined by |, found 'IL12A'", e.getMessage());
    }
}
