package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.rnk.RnkReader;

/** Ranked gene lists (RNK) with any bytes. */
class RnkReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> (long) new RnkReader().read(in, "fuzz.rnk").list().size());
    }
}
