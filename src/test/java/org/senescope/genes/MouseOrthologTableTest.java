package org.senescope.genes;

import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.Species;

class MouseOrthologTableTest {
    /** Every human gene of the senescence–immunity network. */
    private static final List<String> NETWORK_HUMAN_GENES = List.of("TP53", "CDKN1A", "CDKN2A", "RB1", "KLRK1",
            "CCL2", "CCL3", "CCL4", "CCL5", "CXCL1", "CXCL2", "IL12A", "IL12B", "IL15", "IL18", "PDCD1LG2", "CD274",
            "PDCD1", "KRAS", "MDM2", "CDK4", "CDK6", "MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G",
            "RAET1L");
    /** The network's mouse-side NKG2D ligands (Ulbp1 is MULT1). */
    private static final List<String> NETWORK_MOUSE_LIGANDS = List.of("Raet1a", "Raet1b", "Raet1c", "Raet1d",
            "Raet1e", "H60a", "H60b", "H60c", "Ulbp1");

    private static MouseOrthologTable orthologs;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        orthologs = MouseOrthologTable.readShipped();
    }

    private static Set<String> mouseSymbols(List<MouseOrtholog> rows) {
        Set<String> symbols = new TreeSet<>();
        rows.forEach(r -> symbols.add(r.mouseSymbol()));
        return symbols;
    }

    @Test
    void coversEveryGeneOfTheNetwork() {
        for (String human : NETWORK_HUMAN_GENES) {
            assertFalse(orthologs.byHumanSymbol(human).isEmpty(), human);
        }
        for (String mouse : NETWORK_MOUSE_LIGANDS) {
            assertFalse(orthologs.byMouseSymbol(mouse).isEmpty(), mouse);
        }
    }

    @Test
    void everyHumanEntrezIdEqualsTheShippedGeneTable() throws IOException {
        HumanGeneTable genes = new HumanGeneTableReader().readShipped();
        for (MouseOrtholog row : orthologs.rows()) {
            if (row.hasHuman()) {
                List<HumanGene> found = genes.bySymbol(row.humanSymbol());
                assertEquals(1, found.size(), row.humanSymbol());
                assertEquals(row.humanSymbol(), found.get(0).symbol());
                assertEquals(found.get(0).entrezIdText(), row.humanEntrez(), row.humanSymbol());
            } else {
                assertEquals("", row.humanEntrez());
            }
        }
    }

    @Test
    void everyRowSaysWhereItCameFrom() {
        for (MouseOrtholog row : orthologs.rows()) {
            assertTrue(row.note().contains("background:"), row.toString());
        }
    }

    @Test
    void tp53AndTrp53AreOneToOne() {
        MouseOrtholog row = orthologs.oneToOneMouseOrtholog("TP53").orElseThrow();
        assertEquals("Trp53", row.mouseSymbol());
        assertEquals("7157", row.humanEntrez());
        assertEquals("22059", row.mouseEntrez());
        assertEquals("MGI:98834", row.mgiId());
        assertEquals(OrthologType.ONE_TO_ONE, row.type());
        assertEquals(row, orthologs.oneToOneHumanOrtholog("Trp53").orElseThrow());
        assertEquals(List.of(row), orthologs.byMouseEntrez("22059"));
    }

    @Test
    void micaAndMicbHaveNoMouseOrtholog() {
        for (String human : List.of("MICA", "MICB")) {
            List<MouseOrtholog> rows = orthologs.byHumanSymbol(human);
            assertEquals(1, rows.size(), human);
            assertEquals(OrthologType.HUMAN_ONLY, rows.get(0).type());
            assertFalse(rows.get(0).hasMouse());
            assertEquals("", rows.get(0).mouseEntrez());
            assertEquals("", rows.get(0).mgiId());
            assertTrue(orthologs.oneToOneMouseOrtholog(human).isEmpty());
        }
    }

    @Test
    void h60GenesHaveNoHumanOrtholog() {
        for (String mouse : List.of("H60a", "H60b", "H60c")) {
            List<OrthologMatch> matches = orthologs.byMouseSymbol(mouse);
            assertEquals(1, matches.size(), mouse);
            assertEquals(OrthologType.MOUSE_ONLY, matches.get(0).ortholog().type());
            assertEquals("", matches.get(0).otherSymbol());
            assertFalse(matches.get(0).ortholog().hasHuman());
        }
        assertEquals("15101", orthologs.byMouseSymbol("H60a").get(0).ortholog().mouseEntrez());
    }

    @Test
    void raet1eHasSeveralMouseOrthologsAllManyToMany() {
        List<MouseOrtholog> rows = orthologs.byHumanSymbol("RAET1E");
        assertEquals(Set.of("Raet1a", "Raet1b", "Raet1c", "Raet1d", "Raet1e", "Ulbp1", "Ulbp3"), mouseSymbols(rows));
        assertTrue(rows.stream().allMatch(r -> r.type() == OrthologType.MANY_TO_MANY));
        assertTrue(orthologs.oneToOneMouseOrtholog("RAET1E").isEmpty());
    }

    @Test
    void mouseRaet1eMapsToSeveralHumanGenes() {
        List<OrthologMatch> matches = orthologs.byMouseSymbol("Raet1e");
        Set<String> humans = new TreeSet<>();
        matches.forEach(m -> humans.add(m.otherSymbol()));
        assertEquals(Set.of("RAET1E", "RAET1G", "RAET1L", "ULBP1", "ULBP2", "ULBP3"), humans);
        assertTrue(orthologs.oneToOneHumanOrtholog("Raet1e").isEmpty());
    }

    @Test
    void upperCaseMouseSymbolIsReportedAsMouse() {
        List<OrthologMatch> matches = orthologs.bySymbol("RAET1E", Species.MOUSE);
        assertEquals(6, matches.size());
        for (OrthologMatch match : matches) {
            assertEquals(Species.MOUSE, match.matchedSpecies());
            assertEquals("Raet1e", match.matchedSymbol());
        }
        assertEquals(6, orthologs.byMouseSymbol("RAET1E").size());
    }

    @Test
    void unspecifiedSpeciesLetsCaseDecide() {
        List<OrthologMatch> upper = orthologs.bySymbol("RAET1E", Species.UNSPECIFIED);
        assertTrue(upper.stream().allMatch(m -> m.matchedSpecies() == Species.HUMAN));
        assertEquals(7, upper.size());
        List<OrthologMatch> mouse = orthologs.bySymbol("Raet1e", Species.UNSPECIFIED);
        assertTrue(mouse.stream().allMatch(m -> m.matchedSpecies() == Species.MOUSE));
        assertEquals(6, mouse.size());
        assertEquals(13, orthologs.bySymbol("raet1e", Species.UNSPECIFIED).size());
    }

    @Test
    void mult1IsMouseUlbp1AndNotHumanUlbp1OneToOne() {
        List<OrthologMatch> ulbp1 = orthologs.byMouseSymbol("Ulbp1");
        assertEquals(6, ulbp1.size());
        assertEquals("MGI:1925027", ulbp1.get(0).ortholog().mgiId());
        assertTrue(ulbp1.get(0).ortholog().note().contains("MULT1"));
        assertTrue(orthologs.oneToOneMouseOrtholog("ULBP1").isEmpty());
    }

    @Test
    void cdkn2aIsOneToOneAndItsNoteNamesBothProducts() {
        MouseOrtholog row = orthologs.oneToOneMouseOrtholog("CDKN2A").orElseThrow();
        assertEquals("Cdkn2a", row.mouseSymbol());
        assertTrue(row.note().contains("p16INK4a") && row.note().contains("p14ARF") && row.note().contains("p19Arf"));
    }

    @Test
    void il12SubunitsAreEachOneToOne() {
        assertEquals("Il12a", orthologs.oneToOneMouseOrtholog("IL12A").orElseThrow().mouseSymbol());
        assertEquals("Il12b", orthologs.oneToOneMouseOrtholog("IL12B").orElseThrow().mouseSymbol());
    }

    @Test
    void chemokineFamiliesAreNotOneToOne() {
        assertEquals(Set.of("Ccl2", "Ccl12"), mouseSymbols(orthologs.byHumanSymbol("CCL2")));
        assertEquals(Set.of("Cxcl1", "Cxcl2", "Cxcl3"), mouseSymbols(orthologs.byHumanSymbol("CXCL1")));
        assertEquals(OrthologType.MANY_TO_ONE, orthologs.byHumanSymbol("CCL3").get(0).type());
        assertTrue(orthologs.oneToOneMouseOrtholog("CCL2").isEmpty());
    }

    /** The message reading a table of the header and {@code rows} fails with, with the file name cut off. */
    private String failureOfRow(String... rows) throws IOException {
        Path file = Files.writeString(dir.resolve("orthologs.tsv"),
                String.join("\t", MouseOrthologTable.COLUMNS) + "\n" + String.join("\n", rows) + "\n");
        String message = assertThrows(InputFormatException.class, () -> MouseOrthologTable.read(file))
                .getMessage();
        assertTrue(message.startsWith(file + ":"), message);
        return message.substring(file.toString().length());
    }

    @Test
    void badOrthologTypeNamesLineAndColumn() throws IOException {
        assertEquals(":2:8: expected one of 1:1, 1:many, many:1, many:many, human-only, mouse-only, found 'one-to-one'",
                failureOfRow("TP53\t7157\tTrp53\t22059\tMGI:98834\t\t\tone-to-one\t"));
    }

    @Test
    void humanOnlyRowWithAMouseGeneIsRejected() throws IOException {
        assertEquals(":2: a human-only row must not have a mouse symbol: MICA",
                failureOfRow("MICA\t100507436\tMill1\t\tMGI:2179988\t\t\thuman-only\t"));
    }

    @Test
    void malformedMgiIdIsRejected() throws IOException {
        assertEquals(":2:5: expected an MGI id such as MGI:98834, found '98834'",
                failureOfRow("TP53\t7157\tTrp53\t22059\t98834\t\t\t1:1\t"));
    }

    @Test
    void nonNumericMouseEntrezIsRejected() throws IOException {
        assertEquals(":2:4: expected a mouse Entrez Gene id (a positive integer), found 'Trp53'",
                failureOfRow("TP53\t7157\tTrp53\tTrp53\tMGI:98834\t\t\t1:1\t"));
    }

    private static final String RAET1A = "RAET1E\t135250\tRaet1a\t19368\tMGI:109477\t";
    private static final String H60A = "\t\tH60a\t15101\t\t";

    @Test
    void versionedEnsemblIdInTheTableIsRejected() throws IOException {
        assertEquals(":2:6: expected a mouse Ensembl gene id such as ENSMUSG00000059552, without a version, found "
                        + "'ENSMUSG00000059552.14'",
                failureOfRow("TP53\t7157\tTrp53\t22059\tMGI:98834\tENSMUSG00000059552.14\t\t1:1\t"));
    }

    @Test
    void humanEnsemblIdInTheMouseColumnIsRejected() throws IOException {
        assertEquals(":2:6: expected a mouse Ensembl gene id such as ENSMUSG00000059552, without a version, found "
                        + "'ENSG00000141510'",
                failureOfRow("TP53\t7157\tTrp53\t22059\tMGI:98834\tENSG00000141510\t\t1:1\t"));
    }

    @Test
    void humanOnlyRowWithAMouseEnsemblIdIsRejected() throws IOException {
        assertEquals(":2: a row without a mouse symbol must not have mouse ids or aliases: MICA",
                failureOfRow("MICA\t100507436\t\t\t\tENSMUSG00000059552\t\thuman-only\t"));
    }

    @Test
    void emptyAliasBetweenBarsIsRejected() throws IOException {
        assertEquals(":2:7: expected mouse aliases joined by '|', each without surrounding spaces, found 'H60||H-60'",
                failureOfRow(H60A + "\tH60||H-60\tmouse-only\t"));
    }

    @Test
    void aliasWithSurroundingSpacesIsRejected() throws IOException {
        assertEquals(":2:7: expected mouse aliases joined by '|', each without surrounding spaces, found 'H60| H-60'",
                failureOfRow(H60A + "\tH60| H-60\tmouse-only\t"));
    }

    @Test
    void aliasRepeatingTheSymbolIsRejected() throws IOException {
        assertEquals(":2:7: alias 'H60A' repeats the mouse symbol H60a",
                failureOfRow(H60A + "\tH60|H60A\tmouse-only\t"));
    }

    @Test
    void aliasWrittenTwiceIsRejected() throws IOException {
        assertEquals(":2:7: alias 'h60' is written twice", failureOfRow(H60A + "\tH60|h60\tmouse-only\t"));
    }

    @Test
    void aliasThatIsAnotherGenesSymbolIsRejectedWhereverThatGeneStands() throws IOException {
        assertEquals(":2:7: alias 'Raet1a' of H60a is the mouse symbol Raet1a of line 3",
                failureOfRow(H60A + "\tRaet1a\tmouse-only\t", RAET1A + "\t\tmany:many\t"));
    }

    @Test
    void oneMouseGeneWithTwoEnsemblIdsIsRejected() throws IOException {
        assertEquals(":3:6: mouse Raet1a has mouse Ensembl id 'ENSMUSG00000000002' here but 'ENSMUSG00000000001' on "
                        + "line 2",
                failureOfRow(RAET1A + "ENSMUSG00000000001\t\tmany:many\t",
                        "RAET1G\t353091\tRaet1a\t19368\tMGI:109477\tENSMUSG00000000002\t\tmany:many\t"));
    }

    @Test
    void oneMouseGeneWithDifferentAliasesOnItsRowsIsRejected() throws IOException {
        assertEquals(":3:7: mouse Raet1a has mouse aliases 'RAE-1alpha' here but 'RAE-1alpha|Raet1' on line 2",
                failureOfRow(RAET1A + "\tRAE-1alpha|Raet1\tmany:many\t",
                        "RAET1G\t353091\tRaet1a\t19368\tMGI:109477\t\tRAE-1alpha\tmany:many\t"));
    }

    @Test
    void shippedMouseEnsemblIdsAreFoundWithOrWithoutAVersion() {
        assertEquals("ENSMUSG00000059552", orthologs.oneToOneMouseOrtholog("TP53").orElseThrow().mouseEnsembl());
        assertEquals(List.of("Trp53"), orthologs.byMouseEnsembl("ENSMUSG00000059552.14").stream()
                .map(MouseOrtholog::mouseSymbol).toList());
        assertEquals(List.of("Trp53"), orthologs.byMouseEnsembl("ensmusg00000059552").stream()
                .map(MouseOrtholog::mouseSymbol).toList());
        assertEquals(Set.of("Ccl2"), mouseSymbols(orthologs.byMouseEnsembl("ENSMUSG00000035385")));
        assertTrue(orthologs.byMouseEnsembl("ENSG00000141510").isEmpty(), "a human id is never a mouse id");
        assertEquals(22, orthologs.mouseGenesWithEnsembl());
        assertEquals(34, orthologs.mouseGeneCount());
    }

    @Test
    void unverifiedMouseIdsStayEmpty() {
        for (String mouse : List.of("Cdk4", "Cdk6", "Raet1a", "Raet1e", "Ulbp1", "Ulbp3", "H60a", "H60b", "H60c")) {
            assertTrue(orthologs.byMouseSymbol(mouse).stream().noneMatch(m -> m.ortholog().hasMouseEnsembl()), mouse);
        }
        assertEquals("", orthologs.byMouseSymbol("Ulbp3").get(0).ortholog().mouseEntrez());
        assertEquals("", orthologs.byMouseSymbol("H60b").get(0).ortholog().mgiId());
    }

    @Test
    void everyMouseGeneHasTheSameIdsAndAliasesOnEachOfItsRows() {
        for (MouseOrtholog row : orthologs.rows()) {
            if (row.hasMouse()) {
                for (OrthologMatch other : orthologs.byMouseSymbol(row.mouseSymbol())) {
                    assertEquals(row.mouseEnsembl(), other.ortholog().mouseEnsembl(), row.mouseSymbol());
                    assertEquals(row.mouseAliases(), other.ortholog().mouseAliases(), row.mouseSymbol());
                }
            }
        }
    }

    @Test
    void mouseAliasesFindTheirGeneIgnoringCase() {
        assertEquals(Set.of("Ulbp1"), mouseSymbols(orthologs.byMouseAlias("Mult1")));
        assertEquals(6, orthologs.byMouseAlias("MULT1").size(), "Ulbp1 stands on six many:many rows");
        assertEquals(Set.of("Raet1a"), mouseSymbols(orthologs.byMouseAlias("rae-1ALPHA")));
        assertEquals(Set.of("H60a"), mouseSymbols(orthologs.byMouseAlias("H60")));
        assertEquals(List.of("H60"), orthologs.byMouseSymbol("H60a").get(0).ortholog().mouseAliases());
        assertEquals(List.of("MULT1", "A430108B07Rik"), orthologs.byMouseSymbol("Ulbp1").get(0).ortholog()
                .mouseAliases());
        assertTrue(orthologs.byMouseAlias("Rae1").isEmpty(), "Rae1 is another mouse gene's symbol");
        assertTrue(orthologs.byMouseAlias("TP53").isEmpty());
    }
}
