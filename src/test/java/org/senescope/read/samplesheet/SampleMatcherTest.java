package org.senescope.read.samplesheet;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.SampleGroups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SampleMatcherTest {

    private static final SampleSheet SHEET = new SampleSheet("sheet.tsv", "sample", 1, "group",
            List.of("COLO.205", "b", "c", "d"), List.of("WT", "MUT", "WT", "KO"), List.of(2L, 3L, 4L, 5L));

    @Test
    void groupsFollowTheMatrixOrderAndKeepTheSheetsGroupOrder() throws InputFormatException {
        MatchedGroups m = SampleMatcher.match(SHEET, List.of("d", "c", "b", "COLO.205"), "m.gct",
                ExtraSamples.REFUSE);
        assertEquals(new SampleGroups(List.of("WT", "MUT", "KO"), List.of("KO", "WT", "MUT", "WT")), m.groups());
    }

    @Test
    void aMatrixSampleWithoutARowNamesTheNearSpelling() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleMatcher.match(SHEET,
                List.of("COLO 205", "b"), "m.gct", ExtraSamples.LEAVE_OUT));
        assertEquals("sheet.tsv: matrix sample 'COLO 205' of m.gct has no row in column 'sample' (the sheet has "
                + "'COLO.205', spelled differently); expected a row for every matrix sample, named as in the matrix",
                e.getMessage());
    }

    @Test
    void severalMatrixSamplesWithoutARow() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleMatcher.match(SHEET,
                List.of("x", "b", "y"), "m.gct", ExtraSamples.LEAVE_OUT));
        assertEquals("sheet.tsv: 2 of the 3 samples of m.gct have no row, first 'x' in column 'sample'; expected a "
                + "row for every matrix sample, named as in the matrix", e.getMessage());
    }

    @Test
    void aSheetSampleTheMatrixLacksIsRefusedAtItsLine() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleMatcher.match(SHEET,
                List.of("b", "d"), "m.gct", ExtraSamples.REFUSE));
        assertEquals("sheet.tsv:2:1: sample 'COLO.205' is not in m.gct (nor are 1 more of the sheet); expected only "
                + "the matrix's samples, or leave the others out with --extra-samples leave-out", e.getMessage());
    }

    @Test
    void extraSheetSamplesCanBeLeftOutAndTheirGroupsGoWithThem() throws InputFormatException {
        MatchedGroups m = SampleMatcher.match(SHEET, List.of("b", "d"), "m.gct", ExtraSamples.LEAVE_OUT);
        assertEquals(new SampleGroups(List.of("MUT", "KO"), List.of("MUT", "KO")), m.groups());
        assertEquals(List.of("COLO.205", "c"), m.leftOut());
    }
}
