package org.senescope.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.senescope.render.Drawing;
import org.senescope.render.DrawingHints;
import org.senescope.render.DrawingWriter;
import org.senescope.render.FigureFont;
import org.senescope.render.NonClosingOutputStream;

/**
 * Writes a drawing as a one-page PDF the size of the drawing. Text is drawn as text in the figure font, embedded as a
 * subset, so the PDF looks the same everywhere and a journal's preflight accepts it. The creation date and file
 * identifier are fixed (the identifier made from the drawing's {@link Drawing#identity() identity} and size), so that
 * the same drawing gives the same document. The resolution is ignored. Stateless and thread-safe.
 */
public final class PdfFigureWriter implements DrawingWriter {

    /** Not the time of writing: a figure is a function of its recipe. */
    private static final Calendar FIXED_DATE = fixedDate();

    @Override
    public void write(Drawing drawing, int dpi, OutputStream out) throws IOException {
        float w = (float) drawing.width();
        float h = (float) drawing.height();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            try (InputStream ttf = FigureFont.openTrueType()) {
                fonts.registerFont(FigureFont.at(10).getFontName(), ttf);
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            try {
                DrawingHints.apply(g);
                drawing.draw(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            describe(document, drawing, drawing.identity() + "|" + w + "x" + h);
            document.save(new NonClosingOutputStream(out));
        }
        out.flush();
    }

    private static void describe(PDDocument document, Drawing drawing, String id) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(drawing.title());
        info.setCreator("Senescope");
        info.setCreationDate(FIXED_DATE);
        // A fixed file identifier, else PDFBox derives one from the clock and no two runs match.
        COSArray ids = new COSArray();
        ids.add(new COSString(id.getBytes(StandardCharsets.UTF_8)));
        ids.add(new COSString(id.getBytes(StandardCharsets.UTF_8)));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar fixedDate() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2000, Calendar.JANUARY, 1);
        return c;
    }
}
