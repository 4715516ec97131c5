package org.senescope.read.document;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Puts a page's lines into reading order, for one or two columns. A page has two columns when some vertical line
 * between 30% and 70% of its text's width crosses no word on at least {@value #CLEAR_SHARE} of its lines and has
 * words on both sides on at least a third of them (and three at least), in a band at least {@value #GUTTER_EM} em
 * wide, wider than a space between words: the gutter. Lines that cross the gutter (a
 * title, an abstract set across the page, a wide figure legend) are read where they stand; between two of them, the
 * left column is read top to bottom, then the right one. A one-column page is read top to bottom.
 */
final class ColumnOrder {

    static final double CLEAR_SHARE = 0.75;
    static final double GUTTER_EM = 1.0;
    private static final double STEP = 0.5;

    private ColumnOrder() {
    }

    /** The lines of {@code page} (top to bottom) in reading order, a line split in two where it spans both columns. */
    static List<PdfLine> ordered(List<PdfLine> page) {
        OptionalDouble gutter = gutter(page);
        if (gutter.isEmpty()) {
            return page;
        }
        double x = gutter.getAsDouble();
        List<PdfLine> ordered = new ArrayList<>();
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : page) {
            if (line.crosses(x)) {
                flush(ordered, left, right);
                ordered.add(line);
                continue;
            }
            if (line.hasWordsLeftOf(x)) {
                left.add(line.side(x, true));
            }
            if (line.hasWordsRightOf(x)) {
                right.add(line.side(x, false));
            }
        }
        flush(ordered, left, right);
        return ordered;
    }

    private static void flush(List<PdfLine> ordered, List<PdfLine> left, List<PdfLine> right) {
        ordered.addAll(left);
        ordered.addAll(right);
        left.clear();
        right.clear();
    }

    /** Where the two columns part, if the page has two. */
    static OptionalDouble gutter(List<PdfLine> page) {
        if (page.size() < 3) {
            return OptionalDouble.empty();
        }
        double from = page.stream().mapToDouble(PdfLine::left).min().orElse(0);
        double to = page.stream().mapToDouble(PdfLine::right).max().orElse(0);
        double width = to - from;
        double needed = CLEAR_SHARE * page.size();
        double bestStart = 0;
        double bestEnd = -1;
        double runStart = Double.NaN;
        for (double x = from + 0.3 * width; x <= from + 0.7 * width + STEP; x += STEP) {
            double at = x;
            boolean clear = x <= from + 0.7 * width && page.stream().filter(l -> !l.crosses(at)).count() >= needed;
            if (clear && Double.isNaN(runStart)) {
                runStart = x;
            } else if (!clear && !Double.isNaN(runStart)) {
                if (x - STEP - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = x - STEP;
                }
                runStart = Double.NaN;
            }
        }
        if (bestEnd < bestStart) {
            return OptionalDouble.empty();
        }
        double x = (bestStart + bestEnd) / 2;
        long both = page.stream().filter(l -> !l.crosses(x) && l.hasWordsLeftOf(x) && l.hasWordsRightOf(x)).count();
        double em = page.stream().mapToDouble(PdfLine::size).sorted().skip(page.size() / 2).findFirst().orElse(0);
        boolean twoColumns = both >= Math.max(3, page.size() / 3.0) && bestEnd - bestStart >= GUTTER_EM * em;
        return twoColumns ? OptionalDouble.of(x) : OptionalDouble.empty();
    }
}
