package org.senescope.read.document;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page through PDFBox's text stripper, which resolves fonts, encodings and text
 * matrices; the stripper's own ordering and output are not used (it writes nothing here), since
 * {@link PdfLines} and {@link ColumnOrder} order the glyphs themselves. Single use.
 */
final class PdfGlyphs extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> page = new ArrayList<>();

    private PdfGlyphs(int count) {
        for (int i = 0; i < count; i++) {
            pages.add(new ArrayList<>());
        }
    }

    /** The glyphs of each page of {@code pdf}, in page order (none for a page without contents). */
    static List<List<Glyph>> of(PDDocument pdf) throws IOException {
        PdfGlyphs glyphs = new PdfGlyphs(pdf.getNumberOfPages());
        glyphs.writeText(pdf, new StringWriter());
        return glyphs.pages;
    }

    /** The stripper skips pages without contents, so each page's glyphs go to its own place. */
    @Override
    protected void startPage(PDPage current) {
        page = pages.get(getCurrentPageNo() - 1);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                Math.max(t.getFontSizeInPt(), t.getHeightDir()), text));
    }
}
