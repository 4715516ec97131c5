package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the bad-input catalogue's small files into the fuzz tests' seed folders, so that each reader's fuzzing starts
 * from the catalogue. Run on demand: {@code ./mvnw -o test -Dtest=CatalogueSeeds
 * -Dcatalogue.seeds=src/test/resources/org/senescope/fuzz}; the files are committed.
 */
class CatalogueSeeds {

    /** Larger inputs (bombs, over-long lines) test limits, not parsing, and would slow every fuzz run. */
    private static final int MAX_SEED_BYTES = 16 * 1024;

    /** The fuzz tests whose reader takes a file of each ending, as raw bytes. */
    private static final Map<String, List<String>> READERS = Map.of(
            "tsv", List.of("TableReaderFuzzTest", "MatrixReaderFuzzTest", "SampleSheetReaderFuzzTest"),
            "csv", List.of("TableReaderFuzzTest", "MatrixReaderFuzzTest", "SampleSheetReaderFuzzTest"),
            "txt", List.of("TableReaderFuzzTest", "MatrixReaderFuzzTest"),
            "gct", List.of("GctReaderFuzzTest"),
            "cls", List.of("ClsReaderFuzzTest"),
            "rnk", List.of("RnkReaderFuzzTest"),
            "gmt", List.of("GmtReaderFuzzTest"),
            "json", List.of("RecipeFuzzTest"));

    @Test
    @EnabledIfSystemProperty(named = "catalogue.seeds", matches = ".+")
    void writeSeeds() throws IOException, NoSuchAlgorithmException {
        Path root = Path.of(System.getProperty("catalogue.seeds"));
        List<BadInput> cases = Stream.of(OverlayTableCatalogueTest.cases(), OverlayFormatsCatalogueTest.cases(),
                GeneSetCatalogueTest.cases(), ScoreCameraCatalogueTest.cases(), FigureNetworkCatalogueTest.cases(),
                LimitsAndOutputsCatalogueTest.cases(), SpecialInputsCatalogueTest.cases())
                .flatMap(s -> s).map(Named::getPayload).toList();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (BadInput c : cases) {
            for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
                String name = f.getKey().toLowerCase(Locale.ROOT);
                String ending = name.substring(name.lastIndexOf('.') + 1);
                if (f.getValue().length > MAX_SEED_BYTES || !READERS.containsKey(ending)) {
                    continue;
                }
                String id = HexFormat.of().formatHex(sha.digest(f.getValue())).substring(0, 12);
                for (String test : READERS.get(ending)) {
                    Path dir = root.resolve(test + "Inputs").resolve("readsOrRefuses");
                    Files.createDirectories(dir);
                    Path seed = dir.resolve("catalogue-" + id);
                    if (!Files.exists(seed)) {
                        Files.write(seed, f.getValue());
                    }
                }
            }
        }
    }
}
