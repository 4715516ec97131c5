package org.senescope.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.gct.GctReader;
import org.senescope.read.xlsx.XlsxReader;
import org.senescope.render.recipe.RecipeFile;
import org.senescope.render.recipe.RecipeFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The inputs the fuzz tests found crashing a reader (kept as seeds in the fuzz tests' Inputs folders), each now
 * refused with its exact message (docs/input-formats.md, "Fuzzing").
 */
class FuzzFindingsTest {

    private static final String SEEDS = "/org/senescope/fuzz/";

    @TempDir
    Path tmp;

    /** 2026-12-07: a recipe that is not UTF-8 ended in MalformedInputException, an I/O failure (exit 74). */
    @Test
    void recipeNotUtf8() throws IOException {
        Path file = Files.write(tmp.resolve("r.json"), new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
        RecipeFormatException e = assertThrows(RecipeFormatException.class, () -> RecipeFile.read(file));
        assertEquals(file + ": not UTF-8 text; expected a JSON recipe", e.getMessage());
    }

    /** 2026-12-07: an xlsx whose zip directory points past the end ended in EOFException (exit 74). */
    @Test
    void xlsxEntryPastTheEnd() throws IOException {
        byte[] seed = seed("XlsxReaderFuzzTestInputs/readsOrRefuses/eof-exception");
        byte[] zip = Arrays.copyOf(seed, seed.length - 1); // the last byte chose the raw-bytes branch
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new XlsxReader().read(new ByteArrayInputStream(zip), "damaged.xlsx"));
        assertEquals("damaged.xlsx: part xl/_rels/workbook.xml.rels is corrupt (it ends early); expected an intact "
                + "xlsx workbook", e.getMessage());
    }

    /** 2026-12-07: a GCT declaring 266,666,666 rows in a 50-byte file ran out of heap before the count was checked. */
    @Test
    void gctHugeDeclaredRowCount() throws IOException {
        byte[] gct = seed("GctReaderFuzzTestInputs/readsOrRefuses/huge-declared-row-count.gct");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new GctReader().read(new ByteArrayInputStream(gct), "huge.gct"));
        assertEquals("huge.gct:4:4: expected a number, found '#1.5*'", e.getMessage());
    }

    /**
     * 2026-12-07: a workbook relationship without a Target attribute ended in NullPointerException (exit 70). Of its
     * two seeds, found-467ce43a is replayed (its workbook and relationship parts are ASCII, so exactly as fuzzed);
     * found-c12f946c misspells Target with bytes Jazzer decodes its own way, and stays a seed of the fuzz test.
     */
    @Test
    void xlsxRelationshipWithoutTarget() throws IOException {
        byte[] xlsx = replayedXlsx("found-467ce43a");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new XlsxReader().read(new ByteArrayInputStream(xlsx), "norel.xlsx"));
        assertEquals("norel.xlsx: has no worksheets; expected at least one sheet", e.getMessage());
    }

    /** 2026-12-07: an xlsx whose end record claims more bytes than it holds ended in EOFException (exit 74). */
    @Test
    void xlsxEndRecordBeyondTheFile() throws IOException {
        byte[] xlsx = replayedXlsx("found-d0751829");
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> new XlsxReader().read(new ByteArrayInputStream(xlsx), "short.xlsx"));
        assertEquals("short.xlsx: not a readable xlsx (zip) file (it ends early); expected an Excel .xlsx workbook",
                e.getMessage());
    }

    /**
     * The workbook XlsxReaderFuzzTest made from a seed it keeps: the raw bytes without the last (whose low bit chose
     * them), or the five text parts, each ended as Jazzer's {@code consumeString} ends one (a backslash and any
     * character but a backslash; two backslashes are one); bytes that are not ASCII are decoded as UTF-8 with
     * replacement, which leaves the parts that matter to these findings (the workbook and its relationships) as they
     * were.
     */
    private static byte[] replayedXlsx(String name) throws IOException {
        byte[] seed = seed("XlsxReaderFuzzTestInputs/readsOrRefuses/" + name);
        if ((seed[seed.length - 1] & 1) == 1) {
            return Arrays.copyOf(seed, seed.length - 1);
        }
        List<String> parts = new ArrayList<>();
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        for (int i = 0; i < seed.length - 1 && parts.size() < 5; i++) {
            if (seed[i] == '\\' && i + 1 < seed.length - 1) {
                i++;
                if (seed[i] != '\\') {
                    parts.add(part.toString(StandardCharsets.UTF_8));
                    part.reset();
                    continue;
                }
            }
            part.write(seed[i]);
        }
        while (parts.size() < 5) {
            parts.add(part.toString(StandardCharsets.UTF_8));
            part.reset();
        }
        return XlsxReaderFuzzTest.workbook(parts);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = FuzzFindingsTest.class.getResourceAsStream(SEEDS + name)) {
            return in.readAllBytes();
        }
    }
}
