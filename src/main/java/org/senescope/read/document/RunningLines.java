package org.senescope.read.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Leaves out what a page repeats around its text: running heads and feet, and page numbers. Only the first and last
 * {@value #EDGE_LINES} lines of a page are looked at. Such a line goes when it is a bare page number ({@code 7},
 * {@code Page 7}, {@code 7 of 12}, {@code vii}), or when the same words, digits aside, stand within
 * {@value #SAME_PLACE} pt of the same height on at least half of the pages, two at least (a journal name on every
 * page, or alternating heads on the even and the odd pages). Body lines that happen to repeat elsewhere on a page are
 * kept: they are not at its edge.
 */
final class RunningLines {

    static final int EDGE_LINES = 2;
    static final double SAME_PLACE = 3.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.)?\\s*(\\d{1,4}|[ivxlc]{1,7})(\\s*(of|/)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RunningLines() {
    }

    /** The pages without their running heads, feet and page numbers. */
    static List<List<PdfLine>> removed(List<List<PdfLine>> pages) {
        Map<String, List<Double>> places = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine line : edges(page)) {
                places.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line.y());
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> edges = edges(page);
            kept.add(page.stream().filter(line -> !(edges.contains(line)
                    && (isPageNumber(line) || samePlace(places.getOrDefault(key(line), List.of()), line.y()) >= needed))).toList());
        }
        return kept;
    }

    static boolean isPageNumber(PdfLine line) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches();
    }

    private static List<PdfLine> edges(List<PdfLine> page) {
        if (page.size() <= 2 * EDGE_LINES) {
            return page;
        }
        List<PdfLine> edges = new ArrayList<>(page.subList(0, EDGE_LINES));
        edges.addAll(page.subList(page.size() - EDGE_LINES, page.size()));
        return edges;
    }

    private static String key(PdfLine line) {
        return DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#").replaceAll("\\s+", " ").strip();
    }

    private static int samePlace(List<Double> heights, double y) {
        int n = 0;
        for (double h : heights) {
            if (Math.abs(h - y) <= SAME_PLACE) {
                n++;
            }
        }
        return n;
    }
}
