package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.gct.GctReader;

/** GCT 1.2 and 1.3 matrices with any bytes. */
class GctReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> {
            var m = new GctReader().read(in, "fuzz.gct").matrix();
            return (long) m.rowCount() * m.sampleCount();
        });
    }
}
