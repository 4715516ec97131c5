package org.senescope.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.senescope.render.FigureFont;
import org.senescope.render.FigurePainter;
import org.senescope.render.NonClosingOutputStream;
import org.senescope.render.FigureScene;
import org.senescope.render.FigureWriter;

/**
 * Writes a figure as a one-page PDF the size of the figure. Text is drawn as text in the figure font, embedded as a
 * subset, so the PDF looks the same everywhere and a journal's preflight accepts it. The creation date is fixed, so that
 * a recipe remakes the same document. Stateless and thread-safe.
 */
public final class PdfFigureWriter implements FigureWriter {

    /** Not the time of writing: a figure is a function of its recipe. */
    private static final Calendar FIXED_DATE = fixedDate();

    @Override
    public void write(FigureScene scene, OutputStream out) throws IOException {
        float w = (float) scene.width();
        float h = (float) scene.height();
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
                FigurePainter.paint(scene, g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            document.getDocumentInformation().setTitle(scene.titleLines().isEmpty() ? scene.network().name()
                    : String.join(" ", scene.titleLines()));
            document.getDocumentInformation().setCreator("Senescope");
            document.getDocumentInformation().setCreationDate(FIXED_DATE);
            // A fixed file identifier, else PDFBox derives one from the clock and no two runs match.
            String id = scene.network().name() + "|" + String.join(" ", scene.titleLines()) + "|" + w + "x" + h;
            COSArray ids = new COSArray();
            ids.add(new COSString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            ids.add(new COSString(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(new NonClosingOutputStream(out));
        }
        out.flush();
    }

    private static Calendar fixedDate() {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(2000, Calendar.JANUARY, 1);
        return c;
    }
}
