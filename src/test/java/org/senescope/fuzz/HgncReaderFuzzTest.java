package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Timeout;
import org.senescope.genes.HumanGeneTableReader;
import org.senescope.genes.hgnc.HgncFileReader;
import org.senescope.genes.hgnc.RejectPolicy;

/**
 * HGNC downloads (failing or skipping bad lines) and the shipped human gene table's format with any bytes; the first
 * byte picks the reader.
 */
class HgncReaderFuzzTest {

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, HgncReaderFuzzTest::read);
    }

    private static long read(InputStream in) throws IOException {
        return switch (in.read()) {
            case 0 -> new HgncFileReader(RejectPolicy.FAIL).read(in, "fuzz.txt").acceptedCount();
            case 1 -> new HumanGeneTableReader().read(in, "fuzz.tsv").size();
            default -> new HgncFileReader(RejectPolicy.SKIP).read(in, "fuzz.txt").acceptedCount();
        };
    }
}
