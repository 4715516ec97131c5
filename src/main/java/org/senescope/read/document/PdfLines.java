package org.senescope.read.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Groups a page's glyphs into printed lines and words. A glyph belongs to the line above when its baseline is within
 * half an em of that line's lowest baseline, so raised citation numbers and lowered indices stay on their line; two
 * columns printed at the same height form one line here, split later by {@link ColumnOrder}. Words break at a space
 * glyph or at a gap wider than {@value #WORD_GAP_EM} em (PDFs often draw no spaces).
 */
final class PdfLines {

    static final double WORD_GAP_EM = 0.15;
    private static final double SAME_LINE_EM = 0.5;

    private PdfLines() {
    }

    /** The lines of one page, top to bottom. */
    static List<PdfLine> of(List<Glyph> glyphs) {
        List<Glyph> byHeight = new ArrayList<>(glyphs);
        byHeight.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<PdfLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lowest = 0;
        double size = 0;
        for (Glyph g : byHeight) {
            if (!current.isEmpty() && g.y() - lowest > SAME_LINE_EM * Math.max(size, g.size())) {
                line(current).ifPresent(lines::add);
                current.clear();
                size = 0;
            }
            current.add(g);
            lowest = current.size() == 1 ? g.y() : Math.max(lowest, g.y());
            size = Math.max(size, g.size());
        }
        line(current).ifPresent(lines::add);
        return lines;
    }

    private static Optional<PdfLine> line(List<Glyph> glyphs) {
        List<Glyph> row = new ArrayList<>(glyphs);
        row.sort(Comparator.comparingDouble(Glyph::x));
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double left = 0;
        double right = 0;
        double size = 0;
        double baseline = 0;
        for (Glyph g : row) {
            boolean gap = text.length() > 0 && g.x() - right > WORD_GAP_EM * g.size();
            if (g.isSpace() || gap) {
                if (text.length() > 0) {
                    words.add(new Word(left, right, text.toString()));
                    text.setLength(0);
                }
                if (g.isSpace()) {
                    continue;
                }
            }
            if (text.length() == 0) {
                left = g.x();
            }
            text.append(unligated(g.text()));
            right = Math.max(right, g.right());
            if (g.size() > size) {
                size = g.size();
                baseline = g.y();
            }
        }
        if (text.length() > 0) {
            words.add(new Word(left, right, text.toString()));
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new PdfLine(baseline, size, words));
    }

    /** Typographic ligatures (ﬁ, ﬂ, ﬀ ...) as their letters, which is what a reader sees; nothing else changes. */
    private static String unligated(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
