package org.senescope.genes.hgnc;

import java.util.List;
import java.util.Locale;
import org.senescope.failure.InputFormatException;

/**
 * Checks the header of an HGNC download. BioJava skips the header and assigns columns by position, so a download
 * with other columns or another order would be read as nonsense without this check. HGNC has renamed columns over
 * the years ("Synonyms" became "Alias symbols", "OMIM ID (supplied by OMIM)"...), so names are compared by the
 * letters they start with, ignoring case, spaces and punctuation.
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

    static void check(String line, String file) throws InputFormatException {
        String[] names = (line.startsWith("\uFEFF") ? line.substring(1) : line).split("\t", -1);
        for (int i = 0; i < HgncFileReader.FIELD_COUNT; i++) {
            String found = i < names.length ? names[i] : "";
            if (!matches(found, ACCEPTED.get(i))) {
                throw new InputFormatException(file, 1, i + 1, "expected HGNC column '"
                        + HgncFileReader.COLUMNS.get(i) + "', found " + (i < names.length ? "'" + found + "'"
                        : "no column"));
            }
        }
        if (names.length != HgncFileReader.FIELD_COUNT) {
            throw new InputFormatException(file, 1, 0, "expected a header of " + HgncFileReader.FIELD_COUNT
                    + " tab-separated HGNC columns, found " + names.length);
        }
    }

    private static boolean matches(String name, List<String> accepted) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return accepted.stream().anyMatch(letters::startsWith);
    }
}
