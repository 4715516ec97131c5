package org.senescope.read.document;

import java.util.Objects;

/**
 * The plain text extracted from a document.
 *
 * @param source the document as its reader's caller named it
 * @param text   the text in reading order: paragraphs separated by a blank line, lines by a line feed
 * @param pages  how many pages it had (1 for an HTML page)
 */
public record DocumentText(String source, String text, int pages) {

    public DocumentText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (pages < 1) {
            throw new IllegalArgumentException("pages " + pages + " < 1");
        }
    }
}
