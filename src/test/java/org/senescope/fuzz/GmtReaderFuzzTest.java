package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.gmt.GmtReader;

/** Gene-set files (GMT) with any bytes. */
class GmtReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> new GmtReader().read(in, "fuzz.gmt").sets().stream()
                .mapToLong(s -> 1L + s.genes().size()).sum());
    }
}
