package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.cls.ClsReader;

/** Categorical CLS files with any bytes. */
class ClsReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> (long) new ClsReader().read(in, "fuzz.cls").labels().size());
    }
}
