package org.senescope.output;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one encoder of every cell of every tab-separated table Senescope writes, so that a table is safe to open in a
 * spreadsheet and keeps its shape whatever names the user's data holds.
 *
 * <ul>
 *   <li>Shape: a backslash, tab, line feed or carriage return inside a cell is written {@code \\}, {@code \t},
 *   {@code \n} or {@code \r}, so every row has exactly as many fields as its header.</li>
 *   <li>Formulas (the OWASP CSV-injection rule): a cell that begins with {@code =}, {@code +}, {@code -},
 *   {@code @}, a tab or a carriage return gets a single quote {@code '} in front, so a spreadsheet shows it as text
 *   instead of running it. A number ({@code -1.5}, {@code +2e-3}, {@code -Inf}, {@code -Infinity}) and a lone sign
 *   ({@code +} or {@code -}, an edge's sign) are left as they are, so numbers stay numbers.</li>
 * </ul>
 * Stateless.
 */
public final class TsvCell {

    /** A decimal number, as Java, R or a user's table writes one, or an infinity. */
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(Inf|inf|Infinity|INF)");

    private TsvCell() {
    }

    /** {@code text} as a cell: escaped and, when a spreadsheet would read it as a formula, prefixed {@code '}. */
    public static String of(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        return startsLikeFormula(text) ? "'" + escaped : escaped;
    }

    /** The cells encoded with {@link #of(String)}, joined by tabs, ending with {@code \n}. */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(of(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '@', '\t', '\r' -> true;
            // A lone sign (an edge's + or -) has no formula after it.
            case '+', '-' -> text.length() > 1 && !NUMBER.matcher(text).matches();
            default -> false;
        };
    }
}
