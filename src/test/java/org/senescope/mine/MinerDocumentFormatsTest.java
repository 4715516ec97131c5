package org.senescope.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.read.InputLimits;
import org.senescope.read.document.HtmlDocumentReader;
import org.senescope.read.document.PdfDocumentReader;
import org.senescope.read.document.TestDocuments;

/** A seed-like text mined as plain text, as one- and two-column PDFs and as a journal page gives the same claims. */
class MinerDocumentFormatsTest {

    private static Miner miner;

    @BeforeAll
    static void lexicon() throws Exception {
        miner = MinerAnaphoraTest.seedNetworkMiner();
    }

    private static List<String> claims(String text) {
        return MinerAnaphoraTest.claims(miner, text);
    }

    @Test
    void pdfAndHtmlGiveThePlainTextsCandidates() throws IOException {
        String article = TestDocuments.article();
        List<String> plain = claims(article);
        assertTrue(plain.size() >= 5, "the text states relations the miner reads: " + plain);
        PdfDocumentReader pdf = new PdfDocumentReader(InputLimits.DEFAULT);
        for (int columns = 1; columns <= 2; columns++) {
            String text = pdf.read(new ByteArrayInputStream(TestDocuments.pdf(article, columns, "Invented Journal",
                    "Doe et al.")), "a.pdf").text();
            assertEquals(plain, claims(text), columns + " column(s)");
        }
        String html = new HtmlDocumentReader(InputLimits.DEFAULT).read(new ByteArrayInputStream(
                TestDocuments.html(article).getBytes(StandardCharsets.UTF_8)), "a.html").text();
        assertEquals(plain, claims(html), "HTML");
    }
}
