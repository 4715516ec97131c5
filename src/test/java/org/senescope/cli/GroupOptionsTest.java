package org.senescope.cli;

import org.senescope.workflow.ValueScale;
import org.senescope.workflow.MatrixGroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.data.ExpressionMatrix;

class GroupOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void aClsIsKnownByItsNameOrItsFirstLine() throws IOException {
        assertTrue(MatrixGroups.isCls(Files.writeString(tmp.resolve("a.CLS"), "sample\tgroup\n")));
        assertTrue(MatrixGroups.isCls(Files.writeString(tmp.resolve("groups.txt"), "\uFEFF\r\n4 2 1\r\n# A B\r\n")));
        assertFalse(MatrixGroups.isCls(Files.writeString(tmp.resolve("sheet.txt"), "sample\tgroup\ns1\tA\n")));
        assertFalse(MatrixGroups.isCls(Files.writeString(tmp.resolve("numbers.tsv"), "4 2 7\n")));
    }

    @Test
    void aClsUnderAnotherNameIsReadAsCls() throws IOException {
        GroupOptions options = new GroupOptions();
        options.file = Files.writeString(tmp.resolve("groups.txt"), "3 2 1\n# KO WT\nKO WT WT\n");
        options.sampleColumn = "";
        options.groupColumn = "";
        options.extraSamples = GroupOptions.ExtraSamples.REFUSE;
        ExpressionMatrix m = new ExpressionMatrix(List.of("TP53"), List.of(""), List.of("a", "b", "c"),
                new double[] {1, 2, 3});
        MatrixGroups g = MatrixGroups.read(options.given(), m, "m.tsv");
        assertEquals("CLS", g.kind());
        assertEquals(List.of("KO", "WT", "WT"), g.groups().labels());
        assertEquals(options.file + " (CLS): 1 KO, 2 WT", g.summary());
    }

    @Test
    void theLinearScaleRuleOfGeo2r() {
        ExpressionMatrix linear = new ExpressionMatrix(List.of("A", "B"), List.of("", ""), List.of("s1", "s2"),
                new double[] {20, 300, 5000, 12});
        ExpressionMatrix logged = new ExpressionMatrix(List.of("A", "B"), List.of("", ""), List.of("s1", "s2"),
                new double[] {4.3, 8.2, 12.3, 3.6});
        assertEquals(Optional.of("warning: m.tsv looks linear-scale (99th percentile 4859, range 12.00 to 5000); the "
                + "statistics expect log-scale values: add --log2 if these are intensities or counts"),
                ValueScale.warning("m.tsv", linear, false));
        assertEquals(Optional.empty(), ValueScale.warning("m.tsv", linear, true));
        assertEquals(Optional.empty(), ValueScale.warning("m.tsv", logged, false));
        assertEquals(Optional.of("warning: m.tsv looks log-scale already (99th percentile 12.18); --log2 takes the "
                + "log again"), ValueScale.warning("m.tsv", logged, true));
    }
}
