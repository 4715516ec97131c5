package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.matrix.MatrixReader;

/** Expression matrices (genes by samples, detected delimiter, decimal comma) with any bytes. */
class MatrixReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> {
            var m = new MatrixReader().read(in, "fuzz.tsv").matrix();
            return (long) m.rowCount() * m.sampleCount();
        });
    }
}
