package org.senescope.read.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;

/** PDF text in reading order, without running heads, feet or page numbers; exact messages for what is not read. */
class PdfDocumentReaderTest {

    private static final PdfDocumentReader READER = new PdfDocumentReader(InputLimits.DEFAULT);

    @TempDir
    Path tmp;

    /** Paragraphs of {@code text} with each one's line breaks read as a space (and none after a line-end hyphen). */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n"))
                .map(p -> p.replaceAll("-\\n", "-").replaceAll("\\s+", " ").strip()).toList();
    }

    /** The words of {@code text}, one space between them (a paragraph that starts a page cannot be told). */
    static String words(String text) {
        return String.join(" ", paragraphs(text));
    }

    private static DocumentText read(byte[] pdf) throws IOException {
        return READER.read(new ByteArrayInputStream(pdf), "test.pdf");
    }

    @Test
    void oneColumnPagesReadInOrderWithoutHeadsAndPageNumbers() throws IOException {
        String article = TestDocuments.article();
        DocumentText text = read(TestDocuments.pdf(article, 1, "Journal of Invented Results 12 (2026)"));
        assertEquals(4, text.pages());
        assertEquals(words(article), words(text.text()));
        assertEquals(paragraphs(article).get(0), paragraphs(text.text()).get(0), "the title is a paragraph");
        assertFalse(text.text().contains("Invented Results"), text.text());
    }

    @Test
    void twoColumnPagesReadLeftColumnThenRightWithAlternatingHeads() throws IOException {
        String article = TestDocuments.article();
        DocumentText text = read(TestDocuments.pdf(article, 2, "Invented Journal", "Doe et al."));
        assertEquals(4, text.pages());
        assertEquals(words(article), words(text.text()));
        assertEquals(paragraphs(article).get(0), paragraphs(text.text()).get(0), "the title is a paragraph");
        assertFalse(text.text().contains("Invented Journal"), text.text());
        assertTrue(text.text().contains("cell-\nextrinsic"), "a hyphen at a line end stays for the text rules: "
                + text.text());
        assertFalse(text.text().contains("Doe et al"), text.text());
        assertFalse(text.text().matches("(?s).*\\n\\d\\n.*"), "no page number line: " + text.text());
    }

    @Test
    void gutterFoundOnTwoColumnsOnly() {
        PdfLine twoParts = new PdfLine(10, 10, List.of(new Word(50, 100, "left"), new Word(200, 260, "right")));
        PdfLine wide = new PdfLine(10, 10, List.of(new Word(50, 260, "across")));
        assertEquals(155.0, ColumnOrder.gutter(List.of(twoParts, twoParts, twoParts, wide)).orElseThrow(), 1.0);
        assertTrue(ColumnOrder.gutter(List.of(wide, wide, wide, wide)).isEmpty());
    }

    @Test
    void notAPdfIsRefusedSayingWhatItIs() throws IOException {
        Path notPdf = tmp.resolve("paper.pdf");
        Files.writeString(notPdf, "<html><body>A saved web page</body></html>", StandardCharsets.UTF_8);
        InputFormatException e = assertThrows(InputFormatException.class, () -> READER.read(notPdf));
        assertEquals(notPdf + ": expected a PDF document (a file starting with %PDF-), found text starting "
                + "\"<html><body>A saved \"", e.getMessage());
    }

    @Test
    void damagedPdfIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> nonsense".getBytes(StandardCharsets.ISO_8859_1);
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(broken));
        assertTrue(e.getMessage().startsWith("test.pdf: expected a readable PDF, found a damaged one (PDFBox: "),
                e.getMessage());
    }

    @Test
    void pdfWithoutTextIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
        }
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(out.toByteArray()));
        assertEquals("test.pdf: expected a PDF with text in it, found no text on its 2 pages (a scanned PDF needs text "
                + "recognition first)", e.getMessage());
    }
}
