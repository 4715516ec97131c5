package org.senescope.read.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;

/**
 * Reads the text of a PDF in reading order: PDFBox gives the glyphs, {@link PdfLines} makes lines and words,
 * {@link RunningLines} leaves out running heads, feet and page numbers, {@link ColumnOrder} reads one- and
 * two-column pages in order, and a blank line separates paragraphs (a gap between lines over
 * {@value #PARAGRAPH_GAP} times the page's usual line spacing, or a change of font size). Line ends stay where the
 * page had them, hyphens included; a line continues over a column or page break. Immutable and thread-safe.
 */
public final class PdfDocumentReader extends WholeDocumentReader {

    static final double PARAGRAPH_GAP = 1.4;
    private static final double SIZE_CHANGE = 0.15;

    /** A reader of PDFs of at most {@code limits.maxBytes()} bytes. */
    public PdfDocumentReader(InputLimits limits) {
        super(limits);
    }

    /**
     * @throws InputFormatException for a file that is not a PDF, a damaged or encrypted one, or one without text
     */
    @Override
    DocumentText parse(byte[] bytes, String source) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new InputFormatException(source, 0, 0, "expected a PDF document (a file starting with %PDF-), found "
                    + FileStart.describe(bytes));
        }
        List<List<Glyph>> glyphs;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            glyphs = PdfGlyphs.of(pdf);
        } catch (InvalidPasswordException e) {
            throw new InputFormatException(source, 0, 0, "expected a PDF that opens without a password, found an "
                    + "encrypted one", e);
        } catch (IOException e) {
            throw new InputFormatException(source, 0, 0, "expected a readable PDF, found a damaged one (PDFBox: "
                    + e.getMessage() + ")", e);
        }
        List<List<PdfLine>> pages = new ArrayList<>();
        for (List<Glyph> page : glyphs) {
            pages.add(PdfLines.of(page));
        }
        StringBuilder text = new StringBuilder();
        for (List<PdfLine> page : RunningLines.removed(pages)) {
            append(text, ColumnOrder.ordered(page));
        }
        if (text.toString().isBlank()) {
            throw new InputFormatException(source, 0, 0, "expected a PDF with text in it, found no text on its "
                    + glyphs.size() + (glyphs.size() == 1 ? " page" : " pages")
                    + " (a scanned PDF needs text recognition first)");
        }
        return new DocumentText(source, text.toString(), Math.max(1, glyphs.size()));
    }

    private static void append(StringBuilder text, List<PdfLine> lines) {
        double spacing = usualSpacing(lines);
        PdfLine before = null;
        for (PdfLine line : lines) {
            if (text.length() > 0) {
                text.append(before != null && paragraphBreak(before, line, spacing) ? "\n\n" : "\n");
            }
            text.append(line.text());
            before = line;
        }
    }

    private static boolean paragraphBreak(PdfLine before, PdfLine line, double spacing) {
        double gap = line.y() - before.y();
        boolean sizeChange = Math.abs(line.size() - before.size()) > SIZE_CHANGE * before.size();
        return gap > 0 && (gap > PARAGRAPH_GAP * spacing || sizeChange);
    }

    /** The median distance between consecutive baselines going down the page. */
    private static double usualSpacing(List<PdfLine> lines) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).y() - lines.get(i - 1).y();
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Double.MAX_VALUE;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }
}
