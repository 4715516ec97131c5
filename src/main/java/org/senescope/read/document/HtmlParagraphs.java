package org.senescope.read.document;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an element's text as paragraphs: each block element (paragraph, heading, list item, table row, figure
 * caption ...) is a paragraph of its own, separated by a blank line; {@code <br>} ends a line; white space inside a
 * block is one space, as a browser shows it. Empty brackets left where citation marks were taken out go too.
 */
final class HtmlParagraphs implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "blockquote", "pre",
            "figure", "figcaption", "caption", "address", "details", "summary", "hr", "body");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[ \\t]*[\\[(][\\s,;\\u2013\\u2014-]*[\\])]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final StringBuilder text = new StringBuilder();

    private HtmlParagraphs() {
    }

    /** The paragraphs of {@code root}. */
    static String of(Element root) {
        HtmlParagraphs paragraphs = new HtmlParagraphs();
        root.traverse(paragraphs);
        String text = EMPTY_BRACKETS.matcher(paragraphs.text).replaceAll("");
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String words = SPACE.matcher(t.getWholeText()).replaceAll(" ");
            if (atLineStart()) {
                words = words.stripLeading();
            }
            text.append(words);
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                text.append('\n');
            } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                separateWords();
            } else if (BLOCKS.contains(e.normalName())) {
                endParagraph();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            endParagraph();
        }
    }

    private boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    private void separateWords() {
        if (!atLineStart() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    private void endParagraph() {
        if (text.length() == 0) {
            return;
        }
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) != '\n') {
            text.append("\n\n");
        } else if (n > 1 && text.charAt(n - 2) != '\n') {
            text.append('\n');
        }
    }
}
