package org.senescope.read.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One printed line of a PDF page (or the part of it in one column), its words left to right.
 *
 * @param y     baseline, growing downwards
 * @param size  font size of its largest glyphs
 * @param words its words, left to right, never empty
 */
record PdfLine(double y, double size, List<Word> words) {

    PdfLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has words");
        }
    }

    String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    double left() {
        return words.get(0).left();
    }

    double right() {
        return words.get(words.size() - 1).right();
    }

    /** The words wholly on one side of {@code x}: left of it when {@code before}, else right of it. */
    PdfLine side(double x, boolean before) {
        return new PdfLine(y, size, words.stream().filter(w -> before ? w.right() <= x : w.left() >= x).toList());
    }

    boolean crosses(double x) {
        return words.stream().anyMatch(w -> w.left() < x && w.right() > x);
    }

    boolean hasWordsLeftOf(double x) {
        return left() < x;
    }

    boolean hasWordsRightOf(double x) {
        return right() > x;
    }
}
