package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senescope score --groups G --heatmap ...}: samples ordered and labelled by group, and the heat map. */
class GroupedScoreCommandTest {

    @TempDir
    Path tmp;

    private Path matrix() throws IOException {
        return SmallScoreInputs.matrix(tmp);
    }

    private Path sets() throws IOException {
        return SmallScoreInputs.sets(tmp, "");
    }

    @Test
    void samplesAreOrderedAndLabelledByGroupAndTheHeatMapIsDrawn() throws IOException {
        Path sheet = Files.writeString(tmp.resolve("groups.csv"), "condition,sample\nWT,w1\nMUT,m1\nWT,w2\nMUT,m2\n"
                + "KO,k1\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore", "--gene-sets",
                sets().toString(), "--min-size", "2", "--groups", sheet.toString(), "--heatmap", "png,svg",
                "--heatmap", "pdf", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> scores = Files.readAllLines(out.resolve("scores.tsv"));
        assertEquals("gene_set\tw1\tw2\tm1\tm2\tk1", scores.get(0));
        assertEquals(List.of("sample\tgroup", "w1\tWT", "w2\tWT", "m1\tMUT", "m2\tMUT", "k1\tKO"),
                Files.readAllLines(out.resolve("score-samples.tsv")));
        assertTrue(Files.readString(out.resolve("score-settings.tsv")).contains("sample_order\tby group (WT, MUT, KO), "
                + "matrix order within a group\n"));
        assertTrue(run.out().contains("Samples ordered by group: " + sheet + " (sample sheet, samples in 'sample', "
                + "groups in 'condition'): 2 WT, 2 MUT, 1 KO"), run.out());
        BufferedImage png = ImageIO.read(out.resolve("score-heatmap.png").toFile());
        assertEquals(Math.round(85 / 25.4 * 300), png.getWidth());
        assertTrue(Files.readString(out.resolve("score-heatmap.svg")).contains(">z-score scores of m.tsv by group<"));
        assertTrue(Files.size(out.resolve("score-heatmap.pdf")) > 1000);
    }

    @Test
    void scoresWithoutGroupsKeepTheMatrixOrderAndWriteNoSampleTable() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore", "--gene-sets",
                sets().toString(), "--min-size", "2", "--heatmap", "png", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("gene_set\tw1\tm1\tw2\tm2\tk1", Files.readAllLines(out.resolve("scores.tsv")).get(0));
        assertFalse(Files.exists(out.resolve("score-samples.tsv")));
        assertTrue(Files.exists(out.resolve("score-heatmap.png")));
    }

    @Test
    void anUnknownHeatmapFormatIsAUsageError() throws IOException {
        CliRun run = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore", "--gene-sets",
                sets().toString(), "--heatmap", "png,tiff", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("senescope: Invalid value for option '--heatmap' (FORMAT): expected png, svg or pdf, found "
                + "'tiff'\nTry 'senescope score --help'.", run.err().strip());
    }

    @Test
    void aClsOfTheWrongLengthIsBadDataAndNothingIsWritten() throws IOException {
        Path cls = Files.writeString(tmp.resolve("g.cls"), "4 2 1\n# A B\nA A B B\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore", "--gene-sets",
                sets().toString(), "--groups", cls.toString(), "--out", out.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope score: " + cls + ":3: has 4 labels but the matrix has 5 samples (w1, m1 ... k1); "
                + "expected one label per matrix sample, in the matrix's column order", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSheetSampleTheMatrixLacksIsBadDataUnlessLeftOut() throws IOException {
        Path sheet = Files.writeString(tmp.resolve("g.tsv"), "sample\tgroup\nw1\tWT\nm1\tMUT\nw2\tWT\nm2\tMUT\n"
                + "k1\tKO\nx9\tKO\n");
        CliRun refused = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore",
                "--gene-sets", sets().toString(), "--min-size", "2", "--groups", sheet.toString(), "--out",
                tmp.resolve("a").toString());
        assertEquals(ExitCodes.DATA_ERROR, refused.exitCode());
        assertEquals("senescope score: " + sheet + ":7:1: sample 'x9' is not in " + tmp.resolve("m.tsv")
                + "; expected only the matrix's samples, or leave the others out with --extra-samples leave-out",
                refused.err().strip());
        CliRun left = CliRun.of("score", "--expression", matrix().toString(), "--method", "zscore", "--gene-sets",
                sets().toString(), "--min-size", "2", "--groups", sheet.toString(), "--extra-samples", "leave-out",
                "--out", tmp.resolve("b").toString());
        assertEquals(0, left.exitCode(), left.err());
        assertTrue(left.out().contains("1 KO; 1 sheet samples not in the matrix left out"), left.out());
    }
}
