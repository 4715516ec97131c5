package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.CommandRequests;
import org.senescope.cli.SmallScoreInputs;

/**
 * {@code senescope score}, {@code camera} and {@code ora} are their jobs and nothing else: run with the request the
 * command builds, each job plans exactly the files the command writes, byte for byte, and the command prints exactly
 * the job's notes and summary.
 */
class GeneSetCommandParityTest {

    private static final Path P53 = Path.of("../shared/data/gsea-p53/P53_collapsed_symbols.gct");
    private static final Path P53_CLS = Path.of("../shared/data/gsea-p53/P53.cls");
    private static final Path SENESCENCE_SETS = Path.of("../shared/data/genesets/senescence_sets.gmt");

    @TempDir
    Path tmp;

    private Path matrix() throws IOException {
        return SmallScoreInputs.matrix(tmp);
    }

    private Path sets() throws IOException {
        return SmallScoreInputs.sets(tmp, "ARREST\t\tTP53\n");
    }

    private static String[] options(List<String> args) {
        return args.subList(1, args.size()).toArray(String[]::new);
    }

    private static void assertCommandIsTheJob(List<String> args, OutputSet files, List<String> notes,
                                              List<String> summary) throws IOException {
        CommandRequests.Printed printed = CommandRequests.run(args.toArray(String[]::new));
        assertEquals(0, printed.exitCode(), printed.err());
        assertEquals(OutputFiles.printed(notes, summary), printed.out());
        OutputFiles.assertWrittenAsPlanned(files, files.directory());
    }

    @Test
    void scoreWithGroupsAndAHeatMapWritesTheJobsFiles() throws IOException {
        Path sheet = Files.writeString(tmp.resolve("groups.csv"), "condition,sample\nWT,w1\nMUT,m1\nWT,w2\n"
                + "MUT,m2\nKO,k1\n");
        List<String> args = List.of("score", "--expression", matrix().toString(), "--method", "zscore",
                "--gene-sets", sets().toString(), "--min-size", "2", "--groups", sheet.toString(), "--heatmap",
                "png,svg,pdf", "--out", tmp.resolve("out").toString());
        ScoreResult result = ScoreJob.run(CommandRequests.score(options(args)));
        assertEquals(List.of("ARREST", "SASP"), result.scores().sets());
        assertEquals(7, result.files().files().size(), result.files().paths().toString());
        assertEquals(List.of(tmp.resolve("s.gmt") + ":3: set name ARREST was already used on line 1; this line is "
                + "skipped", small("ARREST", 4),
                small("SASP", 4)), result.notes());
        assertCommandIsTheJob(args, result.files(), result.notes(), result.summary());
    }

    @Test
    void singscoreWritesItsDispersionsToo() throws IOException {
        List<String> args = List.of("score", "--expression", matrix().toString(), "--method", "singscore",
                "--gene-sets", sets().toString(), "--min-size", "2", "--out", tmp.resolve("out").toString());
        ScoreResult result = ScoreJob.run(CommandRequests.score(options(args)));
        assertTrue(result.files().paths().contains(tmp.resolve("out/dispersions.tsv")), result.files().paths()
                .toString());
        assertCommandIsTheJob(args, result.files(), result.notes(), result.summary());
    }

    @Test
    void cameraAndFryWriteTheJobsFiles() throws IOException {
        for (String method : List.of("camera", "fry")) {
            List<String> args = List.of("camera", "--expression", P53.toString(), "--log2", "--groups",
                    P53_CLS.toString(), "--contrast", "MUT-WT", "--method", method, "--gene-sets",
                    SENESCENCE_SETS.toString(), "--out", tmp.resolve(method).toString());
            CameraResult result = CameraJob.run(CommandRequests.camera(options(args)));
            assertEquals(method.equals("camera") ? 10 : 0, result.camera().size(), method);
            assertEquals(method.equals("fry") ? 10 : 0, result.fry().size(), method);
            assertCommandIsTheJob(args, result.files(), result.notes(), result.summary());
        }
    }

    @Test
    void oraWritesTheJobsFiles() throws IOException {
        Files.writeString(tmp.resolve("genes.txt"), "A\nB\nC\r\nZ\nA\n");
        Files.writeString(tmp.resolve("s.gmt"), "S1\td\tA\tB\tC\tD\nS2\td\tE\tF\tG\tH\tA\n");
        List<String> args = List.of("ora", "--genes", tmp.resolve("genes.txt").toString(), "--background-from-sets",
                "--gene-sets", tmp.resolve("s.gmt").toString(), "--min-size", "2", "--out",
                tmp.resolve("out").toString());
        OraResult result = OraJob.run(CommandRequests.ora(options(args)));
        assertEquals(2, result.run().results().size());
        assertEquals(List.of("1 repeated genes in the selection were counted once", "1 repeated genes in the "
                + "background (every gene of the gene sets) were counted once", "1 selected genes are not in the "
                + "background and were left out: Z", small("S1", 4),
                small("S2", 5)), result.notes());
        assertCommandIsTheJob(args, result.files(), result.notes(), result.summary());
    }

    /** The note on a tested set of {@code genes} genes, under the small-set size. */
    private static String small(String set, int genes) {
        return "gene set '" + set + "': small set: " + genes + " genes in the data (under 15); about these genes, "
                + "not a pathway; one gene can carry its result";
    }
}
