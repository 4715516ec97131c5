package org.senescope.read.cls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.gct.GctReader;
import org.senescope.read.table.SharedData;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClsReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheP53ClassesAgainstTheMatrix() throws IOException {
        ExpressionMatrix m = new GctReader().read(SharedData.data("gsea-p53/P53_collapsed_symbols.gct")).matrix();
        SampleGroups g = new ClsReader().read(SharedData.data("gsea-p53/P53.cls"), m.sampleNames());
        assertEquals(List.of("MUT", "WT"), g.groupNames());
        assertEquals(33, g.count("MUT"));
        assertEquals(17, g.count("WT"));
        assertEquals("MUT", g.labels().get(0));
        assertEquals("WT", g.labels().get(49));
    }

    @Test
    void numericCodesTakeTheNamesInOrderOfAppearance() throws IOException {
        SampleGroups g = new ClsReader().read(write("4 2 1\n# ctl drug\n1 1 0 0\n"));
        assertEquals(List.of("ctl", "ctl", "drug", "drug"), g.labels());
    }

    @Test
    void tabsAndCrlfAreAccepted() throws IOException {
        SampleGroups g = new ClsReader().read(write("3\t2\t1\r\n#\tA\tB\r\nA\tB\tB\r\n"));
        assertEquals(List.of("A", "B", "B"), g.labels());
    }

    @Test
    void labelCountDisagreesWithTheFirstLine() {
        assertMessage("5 2 1\n# MUT WT\nMUT MUT WT WT\n",
                "3: found 4 labels but line 1 declares 5 samples; expected 5 labels");
    }

    @Test
    void classCountDisagrees() {
        assertMessage("4 3 1\n# MUT WT\nMUT MUT WT WT\n", "2: names 2 classes but line 1 declares 3; expected 3 "
                + "class names");
        assertMessage("4 2 1\n# MUT WT\nMUT MUT MUT MUT\n",
                "3: uses 1 distinct labels [MUT]; expected the 2 classes [MUT, WT]");
    }

    @Test
    void firstLineNotNumbers() {
        assertMessage("four 2 1\n# A B\nA B A B\n", "1:1: found 'four'; expected the sample count as a positive "
                + "whole number");
        assertMessage("4 2\n# A B\nA B A B\n", "1: found 2 fields on the first line; expected 3: sample count, "
                + "class count and 1");
    }

    @Test
    void missingNamesLineOrContinuous() {
        assertMessage("4 2 1\nA B A B\n", "2:1: found 'A B A B'; expected line 2 to be '#' followed by the 2 class "
                + "names");
        assertMessage("#numeric\n#A\n1 2 3\n", "1: found 1 field on the first line; expected 3: sample count, class "
                + "count and 1");
        assertMessage("3 1 1\n#numeric\n1 2 3\n", "2:1: a continuous (#numeric) CLS file; expected a categorical "
                + "CLS with class names");
    }

    @Test
    void emptyFile() {
        assertMessage("\n\n", ": empty file; expected a CLS file (line 1: samples, classes and 1)");
    }

    @Test
    void doesNotMatchTheMatrixSamples() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new ClsReader()
                .read(write("3 2 1\n# A B\nA B B\n"), List.of("s1", "s2", "s3", "s4")));
        assertEquals(file() + ":3: has 3 labels but the matrix has 4 samples (s1, s2 ... s4); expected one "
                + "label per matrix sample, in the matrix's column order", e.getMessage());
    }

    @Test
    void mixedNamesAndCodes() {
        assertMessage("3 2 1\n# A B\nA 1 1\n", "3:1: mixes class names and other labels ('A' is a class name, "
                + "[A, 1] are not all); expected labels that are all class names [A, B] or all codes");
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("in.cls");
        Files.writeString(f, text);
        return f;
    }

    private String file() {
        return tmp.resolve("in.cls").toString();
    }

    private void assertMessage(String text, String expectedAfterFile) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new ClsReader().read(write(text)));
        assertEquals(file() + (expectedAfterFile.startsWith(":") ? "" : ":") + expectedAfterFile, e.getMessage());
    }
}
