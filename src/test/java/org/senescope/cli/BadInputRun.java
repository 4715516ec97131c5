package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Runs a {@link BadInput} in-process and checks it: exit code, first line of stderr, no stack trace, every file of
 * the folder byte for byte as before (SHA-256) and no file or folder added. With {@code -Dcatalogue.record=FILE} it
 * appends each case's actual exit code and first line to FILE (tab-separated, {@code $D} for the folder) instead of
 * asserting them, for writing new cases; the folder checks still apply.
 */
final class BadInputRun {

    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private BadInputRun() {
    }

    /** Makes a named pipe with {@code mkfifo}, or skips the case where there is none. */
    private static void makeFifo(Path fifo) throws IOException {
        Files.createDirectories(fifo.getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        try {
            assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static void assertRefused(BadInput c, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
        for (String folder : c.folders()) {
            Files.createDirectories(dir.resolve(folder));
        }
        for (String fifo : c.fifos()) {
            makeFifo(dir.resolve(fifo));
        }
        String d = dir.toString();
        List<String> before = snapshot(dir);
        String[] args = c.args().stream().map(a -> a.replace("$D", d)).toArray(String[]::new);
        // A read that blocks (a FIFO with no writer) must fail the case, not hang the build.
        CliRun run = assertTimeoutPreemptively(RUN_LIMIT, () -> CliRun.of(args), c.name());
        String firstLine = run.err().lines().findFirst().orElse("");
        String record = System.getProperty("catalogue.record", "");
        if (record.isEmpty()) {
            assertEquals(c.exit(), run.exitCode(), run.err());
            assertEquals(c.firstLine().replace("$D", d), firstLine);
        } else {
            Files.writeString(Path.of(record), c.name() + "\t" + run.exitCode() + "\t" + firstLine.replace(d, "$D")
                    + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        assertFalse(run.err().contains("\n\tat "), run.err());
        assertEquals(before, snapshot(dir), "the inputs keep their bytes and nothing is added");
    }

    /** Every file and folder under {@code dir} with each file's SHA-256, sorted. */
    static List<String> snapshot(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + sha256(p) : "/"))
                    .toList();
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** The first {@code length} bytes. */
    static byte[] cut(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }

    /** A zip of the given parts, in order. */
    static byte[] zip(String... nameThenContent) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A one-sheet workbook named {@code sheet}: rows of inline-string cells, a cell that parses as a number a number. */
    static byte[] xlsx(String sheet, List<List<String>> rows) {
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            data.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String v = rows.get(r).get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                data.append(v.matches("-?[0-9.eE+-]+") ? "<c r=\"" + ref + "\"><v>" + v + "</v></c>"
                        : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v + "</t></is></c>");
            }
            data.append("</row>");
        }
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"/>", "xl/workbook.xml", "<workbook xmlns=\"" + NS + "\" xmlns:r=\"" + RNS
                + "\"><sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + RNS + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/></Relationships>", "xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + NS + "\"><sheetData>" + data + "</sheetData></worksheet>");
    }
}
