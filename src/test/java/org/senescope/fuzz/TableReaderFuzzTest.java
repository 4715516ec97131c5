package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.TextTable;
import org.senescope.read.table.DelimitedTableReader;

/** Delimited tables (TSV, CSV, semicolon; detected delimiter and header) with any bytes. */
class TableReaderFuzzTest {

    private static final DelimitedTableReader READER = new DelimitedTableReader();

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(byte[] data) {
        ReaderContract.holds(data, in -> {
            TextTable t = READER.read(in, "fuzz.tsv");
            return (long) t.rowCount() * t.columns().size();
        });
    }
}
