package org.senescope.read.table;

import org.senescope.read.NumberCells;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses a table's layout from its first lines, taking every property the {@link TableOptions} set as given. The
 * guesses are simple rules, stated in {@code docs/input-formats.md}, so that a user can predict them and override the
 * one that is wrong. Stateless.
 */
public final class LayoutDetection {

    /** How many lines are looked at. */
    public static final int SAMPLE_LINES = 100;

    private static final char[] CANDIDATES = {'\t', ';', ',', '|'};
    /** Enough numeric cells to tell the decimal mark; wide matrices have a million in their first lines. */
    private static final int MAX_DECIMAL_CELLS = 5_000;
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");

    /**
     * What was detected or given.
     *
     * @param delimiter      the field separator
     * @param header         whether the first content line is a header
     * @param decimalMark    {@code .} or {@code ,}
     * @param quote          the quote character, or empty for none
     * @param commentPrefix  the comment prefix, or empty for none
     * @param headerOneShort whether the header has one field fewer than the rows
     */
    public record Detected(char delimiter, boolean header, char decimalMark, String quote, String commentPrefix,
                           boolean headerOneShort) {
    }

    private LayoutDetection() {
    }

    /** Detects the layout from the first lines of a text (more than {@link #SAMPLE_LINES} are ignored). */
    public static Detected detect(List<String> firstLines, TableOptions options) {
        String comment = options.commentPrefix() instanceof TableOptions.CharChoice.Given given
                ? String.valueOf(given.character())
                : options.commentPrefix() instanceof TableOptions.CharChoice.Off ? ""
                : firstLines.stream().anyMatch(l -> l.startsWith("#")) ? "#" : "";
        List<String> content = new ArrayList<>();
        for (String l : firstLines) {
            if (!l.isBlank() && (comment.isEmpty() || !l.startsWith(comment))) {
                content.add(l);
                if (content.size() == SAMPLE_LINES) {
                    break;
                }
            }
        }
        TableOptions.CharChoice quoteChoice = options.quote();
        char quoteChar = quoteChoice instanceof TableOptions.CharChoice.Given q ? q.character()
                : quoteChoice instanceof TableOptions.CharChoice.Off ? '\0' : '"';
        char delimiter = options.delimiter() instanceof TableOptions.CharChoice.Given given ? given.character()
                : delimiter(content, quoteChar);
        List<List<String>> rows = new ArrayList<>();
        for (String l : content) {
            rows.add(split(l, delimiter, quoteChar));
        }
        String quote = quoteChoice instanceof TableOptions.CharChoice.Detect
                ? content.stream().anyMatch(l -> l.startsWith("\"") || l.contains(delimiter + "\"")) ? "\"" : ""
                : quoteChar == '\0' ? "" : String.valueOf(quoteChar);
        boolean oneShort = rows.size() >= 2 && rows.get(0).size() == rows.get(1).size() - 1
                && rows.stream().skip(1).allMatch(r -> r.size() == rows.get(1).size());
        char decimal = switch (options.decimalMark()) {
            case DETECT -> decimalMark(rows, delimiter);
            case POINT -> '.';
            case COMMA -> ',';
        };
        boolean header = switch (options.header()) {
            case PRESENT -> true;
            case ABSENT -> false;
            case DETECT -> oneShort || header(rows, decimal);
        };
        return new Detected(delimiter, header, decimal, quote, comment, header && oneShort);
    }

    private static char delimiter(List<String> lines, char quote) {
        char best = '\t';
        int bestLines = 0;
        for (char c : CANDIDATES) {
            int[] counts = lines.stream().mapToInt(l -> count(l, c, quote)).toArray();
            if (counts.length == 0 || counts[counts.length > 1 ? 1 : 0] < 2) {
                continue;
            }
            if (consistent(counts)) {
                return c;
            }
            int split = (int) java.util.Arrays.stream(counts).filter(n -> n > 1).count();
            if (split > bestLines) {
                best = c;
                bestLines = split;
            }
        }
        return best;
    }

    /** All lines have the same count, or the first has one fewer (R's header). */
    private static boolean consistent(int[] counts) {
        if (counts.length == 1) {
            return true;
        }
        for (int i = 2; i < counts.length; i++) {
            if (counts[i] != counts[1]) {
                return false;
            }
        }
        return counts[0] == counts[1] || counts[0] == counts[1] - 1;
    }

    private static char decimalMark(List<List<String>> rows, char delimiter) {
        if (delimiter == ',') {
            return '.';
        }
        int comma = 0;
        int dot = 0;
        for (List<String> r : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (comma + dot > MAX_DECIMAL_CELLS) {
                break;
            }
            for (String cell : r) {
                if (COMMA_DECIMAL.matcher(cell).matches()) {
                    comma++;
                } else if (DOT_DECIMAL.matcher(cell).matches()) {
                    dot++;
                }
            }
        }
        return comma > 0 && dot == 0 ? ',' : '.';
    }

    private static boolean header(List<List<String>> rows, char decimal) {
        if (rows.isEmpty()) {
            return true;
        }
        List<String> first = rows.get(0);
        if (first.size() == 1) {
            return rows.size() > 1 && NumberCells.kind(first.get(0), decimal)
                    != NumberCells.kind(rows.get(1).get(0), decimal);
        }
        for (int i = 1; i < first.size(); i++) {
            if (NumberCells.kind(first.get(i), decimal) == NumberCells.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** The number of fields {@link #split} would give, without making them. */
    private static int count(String line, char delimiter, char quote) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote && quote != '\0') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

    /**
     * Splits a line into fields: a field that starts with the quote character runs to the closing quote, and a
     * doubled quote inside stands for one. {@code quote} {@code '\0'} means no quoting.
     */
    public static List<String> split(String line, char delimiter, char quote) {
        List<String> fields = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            StringBuilder f = new StringBuilder();
            if (quote != '\0' && i < n && line.charAt(i) == quote) {
                i++;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == quote) {
                        if (i + 1 < n && line.charAt(i + 1) == quote) {
                            f.append(quote);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    f.append(c);
                    i++;
                }
            }
            while (i < n && line.charAt(i) != delimiter) {
                f.append(line.charAt(i++));
            }
            fields.add(f.toString());
            if (i >= n) {
                return fields;
            }
            i++;
        }
    }
}
