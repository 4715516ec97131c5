package org.senescope.read.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;

/** The article of a saved journal page, one paragraph per block, without the page's furniture. */
class HtmlDocumentReaderTest {

    private static final HtmlDocumentReader READER = new HtmlDocumentReader(InputLimits.DEFAULT);

    @TempDir
    Path tmp;

    private static String read(String html) throws IOException {
        return READER.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html").text();
    }

    @Test
    void articleParagraphsKeptAndFurnitureLeftOut() throws IOException {
        String article = TestDocuments.article();
        String text = read(TestDocuments.html(article));
        assertEquals(PdfDocumentReaderTest.paragraphs(article), PdfDocumentReaderTest.paragraphs(text));
    }

    @Test
    void withoutAnArticleTheBodyIsReadAndReferencesGoUpToTheNextHeading() throws IOException {
        String text = read("<html><body><div class=\"navbar\">Home | About</div><h2>Results</h2>"
                + "<p>CCL2 recruits <i>NK</i>\n   cells<sup>3,4</sup> [<a href=\"#b5\">5</a>].<br>Second line.</p>"
                + "<h2>References</h2><p>1. Doe J (2020)</p><ul><li>2. Roe R</li></ul>"
                + "<h2>Acknowledgements</h2><p>We thank the mice.</p>"
                + "<table><tr><td>IL-6</td><td>up</td></tr></table></body></html>");
        assertEquals("Results\n\nCCL2 recruits NK cells.\nSecond line.\n\nAcknowledgements\n\nWe thank the mice."
                + "\n\nIL-6 up", text);
    }

    @Test
    void notHtmlIsRefusedSayingWhatItIs() throws IOException {
        Path pdf = tmp.resolve("paper.html");
        Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        InputFormatException e = assertThrows(InputFormatException.class, () -> READER.read(pdf));
        assertEquals(pdf + ": expected an HTML page (markup starting with <), found text starting \"%PDF-1.7 %??\"",
                e.getMessage());
        Path binary = tmp.resolve("image.htm");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        e = assertThrows(InputFormatException.class, () -> READER.read(binary));
        assertEquals(binary + ": expected an HTML page (markup starting with <), found binary data", e.getMessage());
    }

    @Test
    void pageWithOnlyFurnitureIsRefused() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read("<html><body><nav>Home</nav><script>x()</script></body></html>"));
        assertEquals("page.html: expected an HTML page with article text, found none outside navigation, scripts and "
                + "other page furniture", e.getMessage());
    }
}
