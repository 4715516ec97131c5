package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.samplesheet.SampleSheetColumns;
import org.senescope.read.samplesheet.SampleSheetReader;

/** Sample sheets (sample and group columns found by name) with any bytes. */
class SampleSheetReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> (long) new SampleSheetReader(SampleSheetColumns.detect()).read(in, "fuzz.tsv")
                .samples().size());
    }
}
