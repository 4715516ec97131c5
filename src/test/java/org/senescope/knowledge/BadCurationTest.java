package org.senescope.knowledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of bad curation row fails the build with one exact, located message. */
class BadCurationTest {

    private static final Path CURATION = Path.of("networks/senescence-immunity");
    private static final Path SEEDS = Path.of("seeds");

    private static final GeneReference GENES = SenescenceImmunityNetwork.bundledGenes();

    @TempDir
    Path dir;

    @BeforeEach
    void copyCuration() throws IOException {
        try (var files = Files.list(CURATION)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void theCommittedCurationBuilds() throws Exception {
        CurationReader.read(ResourceDirectory.of(dir), ResourceDirectory.of(SEEDS), GENES);
    }

    @Test
    void missingColumn() throws Exception {
        editLine("claims.tsv", 1, l -> l.replace("\trelation\t", "\t"));
        editAllDataLines("claims.tsv", l -> dropField(l, 2));
        assertProblem(file("claims.tsv") + ":1: missing column 'relation'; expected columns: source, target, relation,"
                + " sign, direction, seed, quote, evidence_type, species, model, confidence, note");
    }

    @Test
    void unknownNode() throws Exception {
        editLine("claims.tsv", 2, l -> l.replaceFirst("^oncogenic_signalling\t", "oncogenic_signaling\t"));
        assertProblem(file("claims.tsv") + ":2:1: column 'source': unknown node 'oncogenic_signaling'; expected a node"
                + " id from nodes.tsv");
    }

    @Test
    void unknownRelation() throws Exception {
        editLine("claims.tsv", 2, l -> l.replace("\tinduces\t", "\ttriggers\t"));
        assertProblem(file("claims.tsv") + ":2:3: column 'relation': unknown relation 'triggers'; expected one of: "
                + "activates, inhibits, induces, induces expression of, induces secretion of, upregulates, promotes, "
                + "recruits, ligand of, recognises, kills, required for, marks, part of, associated with, "
                + "not required for, does not induce, no effect on");
    }

    @Test
    void emptyQuote() throws Exception {
        editLine("claims.tsv", 2, l -> setField(l, 6, ""));
        assertProblem(file("claims.tsv") + ":2:7: column 'quote': empty; expected the seed's exact words");
    }

    @Test
    void corruptedQuoteNamesTheLineAndTheNearestPassage() throws Exception {
        editLine("claims.tsv", 2, l -> l.replace("are activated to trigger", "are activated to block"));
        CurationException e = assertThrows(CurationException.class, this::read);
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).toString();
        String expectedStart = file("claims.tsv") + ":2:7: column 'quote': not found in seed 003_662adfca3ea2fe09.txt;"
                + " nearest passage: \"";
        assertEquals(expectedStart, message.substring(0, expectedStart.length()));
        assertEquals(true, message.contains("are activated to trigger oncogene-induced senescence (OIS)"), message);
    }

    @Test
    void unknownNodeKind() throws Exception {
        editLine("nodes.tsv", 2, l -> l.replace("\tprocess\t", "\tpathway\t"));
        assertProblem(file("nodes.tsv") + ":2:3: column 'kind': unknown kind 'pathway'; expected one of: gene, "
                + "gene family, complex, cell type, process, phenotype, drug class, therapy, disease");
    }

    @Test
    void raggedRow() throws Exception {
        editLine("claims.tsv", 2, l -> l.substring(0, l.lastIndexOf('\t')));
        assertProblem(file("claims.tsv") + ":2: expected 12 tab-separated fields, found 11");
    }

    @Test
    void overlongLineIsLocatedAndTheFileLeftUnread() throws Exception {
        editLine("claims.tsv", 3, l -> setField(l, 11, "x".repeat(70_000)));
        CurationException e = assertThrows(CurationException.class, this::read);
        assertEquals(file("claims.tsv") + ":3: line longer than 65536 characters, the most accepted",
                e.problems().get(0).toString());
    }

    @Test
    void backgroundWithAQuote() throws Exception {
        int line = lineOf("claims.tsv", "\tbackground\t");
        editLine("claims.tsv", line, l -> setField(l, 6, "p53 restoration"));
        assertProblem(file("claims.tsv") + ":" + line + ":7: column 'quote': background evidence carries no seed quote;"
                + " expected empty, with the statement in 'note'");
    }

    @Test
    void negativeFindingWithAPositiveRelation() throws Exception {
        int line = lineOf("claims.tsv", "\tnot required for\t");
        editLine("claims.tsv", line, l -> l.replace("\tnot required for\t", "\trequired for\t").replace("\t0\t", "\t+\t"));
        assertProblem(file("claims.tsv") + ":" + line + ":3: column 'relation': a negative finding needs a negated "
                + "relation; expected one of: not required for, does not induce, no effect on");
    }

    @Test
    void signTheRelationDoesNotAdmit() throws Exception {
        editLine("claims.tsv", 2, l -> setField(l, 3, "-"));
        assertProblem(file("claims.tsv") + ":2:4: column 'sign': relation 'induces' does not admit sign -; expected +");
    }

    @Test
    void signOnABindingIsRefused() throws Exception {
        int line = lineOf("claims.tsv", "PDCD1LG2\tPDCD1\tligand of\t");
        editLine("claims.tsv", line, l -> setField(l, 3, "-"));
        assertProblem(file("claims.tsv") + ":" + line + ":4: column 'sign': relation 'ligand of' does not admit sign -"
                + " (it states binding, membership or association, not regulation, and has no sign); expected 0");
    }

    @Test
    void signOnMembershipIsRefused() throws Exception {
        int line = lineOf("claims.tsv", "CCL2\tsasp\tpart of\t");
        editLine("claims.tsv", line, l -> setField(l, 3, "+"));
        assertProblem(file("claims.tsv") + ":" + line + ":4: column 'sign': relation 'part of' does not admit sign +"
                + " (it states binding, membership or association, not regulation, and has no sign); expected 0");
    }

    @Test
    void unknownSeed() throws Exception {
        editLine("claims.tsv", 2, l -> setField(l, 5, "005_missing.txt"));
        assertProblem(file("claims.tsv") + ":2:6: column 'seed': unknown seed '005_missing.txt'; expected a seed file "
                + "from sources.tsv");
    }

    @Test
    void conflictingSignsOnOneEdgeFailAtAssembly() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("claims.tsv"));
        lines.add(setField(lines.get(1), 4, "undirected"));
        Files.write(dir.resolve("claims.tsv"), lines);
        Curation curation = read();
        CurationException e = assertThrows(CurationException.class,
                () -> NetworkAssembler.assemble("n", curation, java.util.Map.of()));
        assertEquals(file("claims.tsv") + ":" + lines.size() + ": claim merges into edge 'oncogenic_signalling "
                + "(induces) oncogene_induced_senescence' but its sign or direction (+, undirected) differs from the "
                + "claim at line 2 (+, directed)", e.problems().get(0).toString());
    }

    @Test
    void entrezIdThatDoesNotMatchTheSymbol() throws Exception {
        int line = lineOf("nodes.tsv", "TP53\tp53 (TP53)");
        editLine("nodes.tsv", line, l -> l.replace("\t7157\t", "\t7158\t"));
        assertProblem(file("nodes.tsv") + ":" + line + ":4: column 'hgnc_symbol': Entrez id 7158 does not match TP53,"
                + " whose id is 7157");
    }

    @Test
    void mouseSymbolThatIsNotAnOrtholog() throws Exception {
        int line = lineOf("nodes.tsv", "TP53\tp53 (TP53)");
        editLine("nodes.tsv", line, l -> l.replace("\tTrp53\t", "\tRb1\t"));
        assertProblem(file("nodes.tsv") + ":" + line + ":7: column 'mouse_symbol': mouse Rb1 is not an ortholog of "
                + "TP53 in the ortholog table");
    }

    private Curation read() throws CurationException {
        return CurationReader.read(ResourceDirectory.of(dir), ResourceDirectory.of(SEEDS), GENES);
    }

    private void assertProblem(String expected) {
        CurationException e = assertThrows(CurationException.class, this::read);
        assertEquals(List.of(expected), e.problems().stream().map(CurationProblem::toString).toList());
        assertEquals(expected, e.getMessage());
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private int lineOf(String name, String contains) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(name));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(contains)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + contains);
    }

    private void editLine(String name, int line, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8));
        String before = lines.get(line - 1);
        lines.set(line - 1, edit.apply(before));
        assert !before.equals(lines.get(line - 1)) : "edit changed nothing";
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private void editAllDataLines(String name, UnaryOperator<String> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, edit.apply(lines.get(i)));
        }
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static String setField(String line, int index, String value) {
        String[] f = line.split("\t", -1);
        f[index] = value;
        return String.join("\t", f);
    }

    private static String dropField(String line, int index) {
        List<String> f = new ArrayList<>(List.of(line.split("\t", -1)));
        f.remove(index);
        return String.join("\t", f);
    }
}
