package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small matrix (eight genes of the network, five samples w1, m1, w2, m2, k1, seeded values) and two gene sets,
 * ARREST and SASP, for tests of {@code senescope score}: small enough to check by eye, shared so that the command's
 * tests and the workflow's parity test read the same inputs.
 */
public final class SmallScoreInputs {

    private SmallScoreInputs() {
    }

    /** {@code m.tsv} in {@code dir}. */
    public static Path matrix(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("gene\tw1\tm1\tw2\tm2\tk1\n");
        String[] genes = {"TP53", "CDKN1A", "CDKN2A", "RB1", "MDM2", "IL6", "CXCL8", "CCL2"};
        for (int g = 0; g < genes.length; g++) {
            b.append(genes[g]);
            for (int s = 0; s < 5; s++) {
                b.append('\t').append(1 + (g * 7 + s * 3) % 11);
            }
            b.append('\n');
        }
        return Files.writeString(dir.resolve("m.tsv"), b.toString());
    }

    /** {@code s.gmt} in {@code dir}, followed by {@code extraLines} (e.g. a repeated set name). */
    public static Path sets(Path dir, String extraLines) throws IOException {
        return Files.writeString(dir.resolve("s.gmt"), "ARREST\t\tTP53\tCDKN1A\tCDKN2A\tRB1\n"
                + "SASP\t\tIL6\tCXCL8\tCCL2\tMDM2\n" + extraLines);
    }
}
