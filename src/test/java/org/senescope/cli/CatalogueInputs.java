package org.senescope.cli;

/**
 * Valid small inputs the catalogue's cases start from, so that each case has exactly one thing wrong: a DE table, an
 * expression matrix of four samples (w1, w2 in group W; m1, m2 in M), its CLS and sample sheet, a GMT of two sets of
 * four network genes, a ranking and a gene list.
 */
final class CatalogueInputs {

    static final String DE = "gene_symbol\tlog2FoldChange\tpvalue\tpadj\nTP53\t-1.5\t0.001\t0.01\n"
            + "CDKN1A\t2\t0.001\t0.01\nIL6\t1.2\t0.01\t0.04\n";
    static final String[] GENES = {"TP53", "CDKN1A", "CDKN2A", "RB1", "MDM2", "IL6", "CXCL8", "CCL2"};
    static final String CLS = "4 2 1\n# W M\nW W M M\n";
    static final String SHEET = "sample\tgroup\nw1\tW\nw2\tW\nm1\tM\nm2\tM\n";
    static final String GMT = "ARREST\t\tTP53\tCDKN1A\tCDKN2A\tRB1\nSASP\t\tIL6\tCXCL8\tCCL2\tMDM2\n";

    private CatalogueInputs() {
    }

    /** The matrix with {@code header} as its first line (e.g. {@code gene\tw1\tw2\tm1\tm2}). */
    static String matrix(String header) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int g = 0; g < GENES.length; g++) {
            b.append(GENES[g]);
            for (int s = 0; s < 4; s++) {
                b.append('\t').append(1 + (g * 7 + s * 3) % 11);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String matrix() {
        return matrix("gene\tw1\tw2\tm1\tm2");
    }

    /** The eight genes ranked, {@code gene<TAB>statistic}. */
    static String ranks() {
        StringBuilder b = new StringBuilder();
        for (int g = 0; g < GENES.length; g++) {
            b.append(GENES[g]).append('\t').append(3.5 - g).append('\n');
        }
        return b.toString();
    }

    /** The eight genes as a DE table with a {@code stat} column. */
    static String statTable() {
        StringBuilder b = new StringBuilder("gene\tstat\n");
        for (int g = 0; g < GENES.length; g++) {
            b.append(GENES[g]).append('\t').append(3.5 - g).append('\n');
        }
        return b.toString();
    }
}
