package org.senescope.read.cls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;
import org.senescope.read.InputText;
import org.senescope.read.NumberCells;
import org.senescope.model.data.SampleGroups;
import java.io.InputStream;
import java.util.Objects;
import org.senescope.read.DataReader;

/**
 * Reads categorical CLS files. Line 1 holds the sample count, the class count and {@code 1}; line 2 {@code #} and
 * the class names; line 3 one label per sample, separated by spaces or tabs. The counts are checked against each
 * other. Labels that are not class names (GSEA also allows {@code 0 0 1}) are matched to the names of line 2 in order
 * of first appearance, as GSEA does. Continuous ({@code #numeric}) CLS files are refused.
 *
 * <p>Stateless and thread-safe; every inconsistency is an {@link InputFormatException} naming file, line and field.
 */
public final class ClsReader implements DataReader<SampleGroups> {

    private final InputLimits limits;

    /** A reader with the default input limits. */
    public ClsReader() {
        this(InputLimits.DEFAULT);
    }

    /** A reader that holds the (decompressed) input to {@code limits}. */
    public ClsReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The groups of a CLS file, in sample order. */
    @Override
    public SampleGroups read(Path file) throws IOException {
        return parse(InputText.read(file, limits)).groups();
    }

    /** The groups of a CLS stream, in sample order. */
    @Override
    public SampleGroups read(InputStream in, String source) throws IOException {
        return parse(InputText.read(in, source, limits)).groups();
    }

    /**
     * The groups of a CLS file that must describe the given samples, one label each in the same order (a CLS file
     * names no samples, so their count is what can be checked).
     */
    public SampleGroups read(Path file, List<String> sampleNames) throws IOException {
        Parsed p = parse(InputText.read(file, limits));
        int labels = p.groups().labels().size();
        if (labels != sampleNames.size()) {
            throw new InputFormatException(p.source(), p.labelsLine(), 0, "has " + labels + " labels but the "
                    + "matrix has " + sampleNames.size() + " samples (" + preview(sampleNames)
                    + "); expected one label per matrix sample, in the matrix's column order");
        }
        return p.groups();
    }

    private static String preview(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 2)) + " ... " + names.get(names.size() - 1);
    }

    private record Parsed(String source, long labelsLine, SampleGroups groups) {
    }

    private static Parsed parse(InputText text) throws InputFormatException {
        String src = text.source();
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            if (!text.lines().get(i).isBlank()) {
                lines.add(text.lines().get(i).strip());
                numbers.add(i + 1);
            }
        }
        if (lines.isEmpty()) {
            throw new InputFormatException(src, 0, 0, "empty file; expected a CLS file (line 1: samples, "
                    + "classes and 1)");
        }
        String[] head = tokens(lines.get(0));
        if (head.length != 3) {
            throw new InputFormatException(src, numbers.get(0), 0, "found " + head.length
                    + (head.length == 1 ? " field" : " fields")
                    + " on the first line; expected 3: sample count, class count and 1");
        }
        int samples = whole(src, numbers.get(0), head, 0, "sample count");
        int classes = whole(src, numbers.get(0), head, 1, "class count");
        if (lines.size() < 2 || !lines.get(1).startsWith("#")) {
            long at = lines.size() < 2 ? numbers.get(0) : numbers.get(1);
            throw new InputFormatException(src, at, lines.size() < 2 ? 0 : 1, (lines.size() < 2 ? "the file ends"
                    : "found '" + NumberCells.abbreviate(lines.get(1)) + "'")
                    + "; expected line 2 to be '#' followed by the " + classes + " class names");
        }
        String[] names = tokens(lines.get(1).substring(1));
        if (names.length == 1 && names[0].equalsIgnoreCase("numeric")) {
            throw new InputFormatException(src, numbers.get(1), 1, "a continuous (#numeric) CLS file; expected a "
                    + "categorical CLS with class names");
        }
        if (names.length != classes) {
            throw new InputFormatException(src, numbers.get(1), 0, "names " + names.length + " classes but line "
                    + numbers.get(0) + " declares " + classes + "; expected " + classes + " class names");
        }
        if (lines.size() < 3) {
            throw new InputFormatException(src, numbers.get(1), 0, "the file ends after the class names; expected "
                    + "a line of " + samples + " labels");
        }
        if (lines.size() > 3) {
            throw new InputFormatException(src, numbers.get(3), 1, "found more after the labels line; expected "
                    + "one line of labels (a continuous or multi-line CLS is not supported)");
        }
        long labelsLine = numbers.get(2);
        String[] labels = tokens(lines.get(2));
        if (labels.length != samples) {
            throw new InputFormatException(src, labelsLine, 0, "found " + labels.length + " labels but line "
                    + numbers.get(0) + " declares " + samples + " samples; expected " + samples + " labels");
        }
        return new Parsed(src, labelsLine, groups(src, labelsLine, List.of(names), labels, classes));
    }

    private static SampleGroups groups(String src, long line, List<String> names, String[] labels, int classes)
            throws InputFormatException {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            firstSeen.putIfAbsent(labels[i], i);
        }
        if (firstSeen.size() != classes) {
            throw new InputFormatException(src, line, 0, "uses " + firstSeen.size() + " distinct labels "
                    + firstSeen.keySet() + "; expected the " + classes + " classes " + names);
        }
        boolean byName = names.containsAll(firstSeen.keySet());
        if (byName) {
            return new SampleGroups(names, List.of(labels));
        }
        for (Map.Entry<String, Integer> e : firstSeen.entrySet()) {
            if (names.contains(e.getKey())) {
                throw new InputFormatException(src, line, e.getValue() + 1, "mixes class names and other labels ('"
                        + e.getKey() + "' is a class name, " + firstSeen.keySet() + " are not all); expected "
                        + "labels that are all class names " + names + " or all codes");
            }
        }
        // Codes such as 0/1: GSEA assigns them to the names of line 2 in order of first appearance.
        Map<String, String> nameOf = new LinkedHashMap<>();
        int k = 0;
        for (String code : firstSeen.keySet()) {
            nameOf.put(code, names.get(k++));
        }
        List<String> mapped = new ArrayList<>(labels.length);
        for (String l : labels) {
            mapped.add(nameOf.get(l));
        }
        return new SampleGroups(names, mapped);
    }

    private static int whole(String src, long line, String[] f, int i, String what) throws InputFormatException {
        try {
            int n = Integer.parseInt(f[i]);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the field
        }
        throw new InputFormatException(src, line, i + 1, "found '" + NumberCells.abbreviate(f[i]) + "'; expected the "
                + what + " as a positive whole number");
    }

    private static String[] tokens(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("[ \\t]+");
    }
}
