package org.senescope.read.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;

/**
 * Reads the article text of a web page saved from a journal site: jsoup parses it (the charset from a byte-order mark
 * or the page's {@code <meta charset>}, else UTF-8), {@link HtmlBoilerplate} takes away what is not the article, and
 * {@link HtmlParagraphs} writes one paragraph per block. Immutable and thread-safe.
 */
public final class HtmlDocumentReader extends WholeDocumentReader {

    /** A reader of pages of at most {@code limits.maxBytes()} bytes. */
    public HtmlDocumentReader(InputLimits limits) {
        super(limits);
    }

    /** @throws InputFormatException for a file that is not HTML, or a page with no article text */
    @Override
    DocumentText parse(byte[] bytes, String source) throws IOException {
        if (!startsWithMarkup(bytes)) {
            throw new InputFormatException(source, 0, 0, "expected an HTML page (markup starting with <), found "
                    + FileStart.describe(bytes));
        }
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String text = HtmlParagraphs.of(HtmlBoilerplate.article(page));
        if (text.isBlank()) {
            throw new InputFormatException(source, 0, 0, "expected an HTML page with article text, found none outside "
                    + "navigation, scripts and other page furniture");
        }
        return new DocumentText(source, text, 1);
    }

    /** Whether the first character after a byte-order mark and white space is {@code <}, in UTF-8 or UTF-16. */
    private static boolean startsWithMarkup(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            i = 2;
        }
        for (; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '<') {
                return true;
            }
            if (b != 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return false;
    }
}
