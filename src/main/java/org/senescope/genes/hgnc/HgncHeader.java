package org.senescope.genes.hgnc;

import java.util.List;
import java.util.Locale;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvRow;

/**
 * Checks the header of an HGNC download. Columns are assigned by position, so a download with other columns or
 * another order would be read as nonsense without this check. HGNC has renamed columns over the years ("Synonyms"
 * became "Alias symbols", "OMIM ID (supplied by OMIM)"...), so names are compared by the letters they start with,
 * ignoring case, spaces and punctuation. Stateless.
 */
final class HgncHeader {
    /** Accepted starts of each column name, letters only, lower case. */
    private static final List<List<String>> ACCEPTED = List.of(
            List.of("approvedsymbol"), List.of("approvedname"), List.of("status"), List.of("previoussymbol"),
            List.of("previousname"), List.of("aliassymbol", "synonym"), List.of("chromosome"),
            List.of("accessionnumber"), List.of("omimid"), List.of("refseqid"), List.of("ensembl"),
            List.of("uniprotid"), List.of("hgncid"));

    private HgncHeader() {
    }

    /** Checks the file's first row, a byte order mark before it ignored. */
    static void check(TsvRow header) throws InputFormatException {
        int found = header.fieldCount();
        for (int i = 0; i < HgncFileReader.FIELD_COUNT; i++) {
            String name = i < found ? header.field(i) : "";
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!matches(name, ACCEPTED.get(i))) {
                throw header.error(i + 1, "expected HGNC column '" + HgncFileReader.COLUMNS.get(i) + "', found "
                        + (i < found ? "'" + name + "'" : "no column"));
            }
        }
        if (found != HgncFileReader.FIELD_COUNT) {
            throw header.lineError("expected a header of " + HgncFileReader.FIELD_COUNT
                    + " tab-separated HGNC columns, found " + found);
        }
    }

    private static boolean matches(String name, List<String> accepted) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return accepted.stream().anyMatch(letters::startsWith);
    }
}
