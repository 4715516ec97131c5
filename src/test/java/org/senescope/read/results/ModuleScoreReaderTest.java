package org.senescope.read.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;

class ModuleScoreReaderTest {

    static final String GSEA_HEADER = "gene_set\tdirection\tES\tNES\tp\tp_method\tlog2err\tq_bh\tsize_before\t"
            + "size_in_data\tleading_edge_size\tleading_edge\n";
    private static final Set<String> MODULES = Set.of("p53_p21_arrest", "sasp_chemokines", "nkg2d_recognition");

    @TempDir
    Path dir;

    @Test
    void readsNesPAndQOfEveryModuleFromAGseaTable() throws IOException {
        Path file = write("gsea.tsv", GSEA_HEADER
                + "sasp_chemokines\tup\t0.97\t1.5931\t3.7E-4\tmultilevel\t0.49\t0.0022\t6\t3\t3\tCCL2|CXCL1|CCL5\n"
                + "nkg2d_recognition\tdown\t-0.34\t-0.858\t0.626\tpermutation\t0.05\t0.658\t9\t9\t4\tMICA|MICB\n");
        ModuleScoreFile read = new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file);
        ModuleScores scores = read.scores();
        assertEquals("GSEA", scores.methodName());
        assertEquals("NES", scores.statistic());
        assertEquals("q", scores.qLabel());
        assertEquals("gsea.tsv", scores.source());
        assertEquals(List.of(new ModuleScore("sasp_chemokines", 1.5931, 3.7e-4, 0.0022, 3),
                new ModuleScore("nkg2d_recognition", -0.858, 0.626, 0.658, 9)), scores.scores());
        assertEquals(List.of(), read.otherSets());
        assertEquals(2.0, scores.colourLimit(), "1.59 rounds up to the next half");
    }

    @Test
    void cameraScoresAreSignedMinusLog10P() throws IOException {
        Path file = write("camera.tsv", "gene_set\tgenes\tcorrelation\tdirection\tp\tfdr\tp_down\tp_up\n"
                + "p53_p21_arrest\t3\t0.01\tUp\t0.001\t0.003\t0.9995\t0.0005\n"
                + "sasp_chemokines\t5\t0.01\tDown\t0.1\t0.15\t0.05\t0.95\n");
        ModuleScores scores = new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file).scores();
        assertEquals("camera", scores.methodName());
        assertEquals("FDR", scores.qLabel());
        assertEquals(3.0, scores.of("p53_p21_arrest").orElseThrow().value(), 1e-12);
        assertEquals(-1.0, scores.of("sasp_chemokines").orElseThrow().value(), 1e-12);
        assertEquals(5, scores.of("sasp_chemokines").orElseThrow().setSize());
        assertEquals(0.15, scores.of("sasp_chemokines").orElseThrow().q());
    }

    @Test
    void aGeneSetThatIsNotAModuleStopsTheReadingUnlessSkipped() throws IOException {
        Path file = write("gsea.tsv", GSEA_HEADER
                + "HALLMARK_P53_PATHWAY\tup\t0.5\t1.8\t0.001\tmultilevel\t0.4\t0.004\t200\t180\t50\tTP53\n"
                + "sasp_chemokines\tup\t0.97\t1.59\t0.0004\tmultilevel\t0.49\t0.002\t6\t3\t3\tCCL2\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file));
        assertEquals(file + ":2:1: gene set 'HALLMARK_P53_PATHWAY' is not a module of the network (its modules: "
                + "nkg2d_recognition, p53_p21_arrest, sasp_chemokines); give --other-sets skip to leave such rows out",
                e.getMessage());
        ModuleScoreFile skipped = new ModuleScoreReader(MODULES, OtherSetPolicy.SKIP).read(file);
        assertEquals(List.of("HALLMARK_P53_PATHWAY"), skipped.otherSets());
        assertEquals(List.of("sasp_chemokines"),
                skipped.scores().scores().stream().map(ModuleScore::moduleId).toList());
    }

    @Test
    void aTableOfNeitherKindNamesTheMissingColumns() throws IOException {
        Path file = write("scores.tsv", "gene_set\tNES\tp\n sasp_chemokines\t1.2\t0.01\n");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file));
        assertEquals(file + ":1: missing columns 'q_bh', 'size_in_data'; expected a senescope gsea table (gene_set, "
                + "NES, p, q_bh, size_in_data) or a senescope camera table (gene_set, genes, direction, p, fdr)",
                e.getMessage());
    }

    @Test
    void badCellsAreLocated() throws IOException {
        Path text = write("a.tsv", GSEA_HEADER
                + "sasp_chemokines\tup\t0.97\thigh\t0.0004\tmultilevel\t0.49\t0.002\t6\t3\t3\tCCL2\n");
        assertEquals(text + ":2:4: expected a number, found 'high' in column 'NES'", message(text));
        Path size = write("b.tsv", GSEA_HEADER
                + "sasp_chemokines\tup\t0.97\t1.59\t0.0004\tmultilevel\t0.49\t0.002\t6\t3.5\t3\tCCL2\n");
        assertEquals(size + ":2:10: expected a gene count (a whole number, 0 or more) in column 'size_in_data', "
                + "found '3.5'", message(size));
        Path twice = write("c.tsv", GSEA_HEADER
                + "sasp_chemokines\tup\t0.97\t1.59\t0.0004\tmultilevel\t0.49\t0.002\t6\t3\t3\tCCL2\n"
                + "sasp_chemokines\tup\t0.97\t1.59\t0.0004\tmultilevel\t0.49\t0.002\t6\t3\t3\tCCL2\n");
        assertEquals(twice + ":3:1: gene set 'sasp_chemokines' is listed again (first on line 2); expected one row "
                + "per set", message(twice));
        Path direction = write("camera.tsv", "gene_set\tgenes\tcorrelation\tdirection\tp\tfdr\n"
                + "p53_p21_arrest\t3\t0.01\tsideways\t0.001\t0.003\n");
        assertEquals(direction + ":2:4: expected Up or Down in column 'direction', found 'sideways'",
                message(direction));
    }

    @Test
    void missingStatisticsStayMissing() throws IOException {
        Path file = write("gsea.tsv", GSEA_HEADER
                + "sasp_chemokines\tup\t0.97\tNA\tNA\tnone\tNA\tNA\t6\t3\t0\t\n");
        ModuleScore s = new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file).scores().scores().get(0);
        assertEquals(Double.NaN, s.value());
        assertEquals(Double.NaN, s.q());
    }

    private String message(Path file) {
        return assertThrows(InputFormatException.class,
                () -> new ModuleScoreReader(MODULES, OtherSetPolicy.FAIL).read(file)).getMessage();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
