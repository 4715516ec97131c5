package org.senescope.render;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping measured in the figure font. Stateless. */
final class TextWrap {

    private TextWrap() {
    }

    /** {@code text} broken at spaces into lines no wider than {@code maxWidth} points, except single long words. */
    static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || FigureFont.width(candidate, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The widest line's width in points. */
    static double widest(List<String> lines, double fontSize) {
        return lines.stream().mapToDouble(l -> FigureFont.width(l, fontSize)).max().orElse(0);
    }
}
