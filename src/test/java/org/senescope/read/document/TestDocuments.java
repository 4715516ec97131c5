package org.senescope.read.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Documents made for the tests from a text of paragraphs (blank-line separated, the first one a title): PDFs in one
 * or two columns with running heads and page numbers, and HTML pages wrapped in a journal site's furniture.
 */
public final class TestDocuments {

    static final float WIDTH = 595;
    static final float HEIGHT = 170;
    static final float MARGIN = 50;
    static final float GUTTER = 20;
    static final float SIZE = 10;
    static final float LEADING = 12;
    static final float PARAGRAPH_SKIP = 8;

    private TestDocuments() {
    }

    /** The test article, {@code article.txt}. */
    public static String article() throws IOException {
        try (InputStream in = Objects.requireNonNull(TestDocuments.class.getResourceAsStream("article.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A PDF of {@code text}: the title across the page in 14 pt, then the paragraphs in {@code columns} columns of
     * 10 pt Helvetica; each page has {@code heads[page % heads.length]} at its top and its number at its foot.
     */
    public static byte[] pdf(String text, int columns, String... heads) throws IOException {
        List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float columnWidth = (WIDTH - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<PDPageContentStream> pages = new ArrayList<>();
            PDPageContentStream page = newPage(pdf, font, pages, heads);
            float top = HEIGHT - MARGIN - 16;
            show(page, font, 14, MARGIN, top, paragraphs.get(0).replace('\n', ' '));
            float y = top - 2 * LEADING;
            float columnTop = y;
            int column = 0;
            for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
                for (String line : wrap(paragraph.replace('\n', ' '), font, columnWidth)) {
                    if (y < MARGIN) {
                        column++;
                        if (column == columns) {
                            column = 0;
                            page = newPage(pdf, font, pages, heads);
                            columnTop = top;
                        }
                        y = column == 0 ? top : columnTop;
                    }
                    show(page, font, SIZE, MARGIN + column * (columnWidth + GUTTER), y, line);
                    y -= LEADING;
                }
                y -= PARAGRAPH_SKIP;
            }
            for (PDPageContentStream s : pages) {
                s.close();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static PDPageContentStream newPage(PDDocument pdf, PDType1Font font, List<PDPageContentStream> pages,
            String... heads) throws IOException {
        PDPage p = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        pdf.addPage(p);
        PDPageContentStream s = new PDPageContentStream(pdf, p);
        pages.add(s);
        int number = pages.size();
        if (heads.length > 0) {
            show(s, font, 8, MARGIN, HEIGHT - 25, heads[(number - 1) % heads.length]);
        }
        show(s, font, 8, WIDTH / 2, 20, Integer.toString(number));
        return s;
    }

    private static void show(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Lines of at most {@code width}; a word that does not fit breaks after a hyphen of its own when it has one. */
    static List<String> wrap(String paragraph, PDType1Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * SIZE <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            int hyphen = word.indexOf('-');
            String head = hyphen > 0 ? (line.length() == 0 ? "" : line + " ") + word.substring(0, hyphen + 1) : "";
            if (hyphen > 0 && font.getStringWidth(head) / 1000 * SIZE <= width) {
                lines.add(head);
                line.setLength(0);
                line.append(word.substring(hyphen + 1));
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * An HTML page of {@code text} as a journal site saves it: scripts, styles, a cookie banner, navigation, a site
     * header and footer, a sidebar of related articles, citation marks and a reference list around the article.
     */
    public static String html(String text) {
        List<String> paragraphs = List.of(text.strip().split("\\n\\s*\\n"));
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Journal site</title><style>p { color: black }</style>"
                + "<script>window.track = function () { return 'analytics'; };</script></head>\n<body>\n"
                + "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all</div>\n"
                + "<header class=\"site-header\"><a href=\"/\">Journal of Invented Results</a></header>\n"
                + "<nav><ul><li><a href=\"/issues\">Current issue</a></li><li>Archive</li></ul></nav>\n"
                + "<article><h1>" + paragraphs.get(0) + "</h1>\n"
                + "<div class=\"article-tools share\">Share this article on social media</div>\n");
        int n = 0;
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            n++;
            page.append("<p>").append(p.replace("\n", "\n  ")).append("<sup><a href=\"#ref").append(n)
                    .append("\">").append(n).append("</a></sup></p>\n");
        }
        page.append("<section id=\"references\"><h2>References</h2><ol><li>Doe J. CCL2 induces senescence. "
                + "Invented Journal 1, 1 (2020).</li></ol></section>\n</article>\n"
                + "<aside><h3>Related articles</h3><p>IL-6 promotes everything</p></aside>\n"
                + "<footer>&copy; 2026 Invented Publisher. Terms and conditions.</footer>\n"
                + "<script>document.write('late script text');</script>\n</body></html>\n");
        return page.toString();
    }
}
