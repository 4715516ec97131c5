package org.senescope.read.rnk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.InputLimits;
import org.senescope.read.TextLines;
import org.senescope.read.NumberCells;
import org.senescope.read.SkippedLine;
import org.senescope.model.data.RankedList;
import java.io.InputStream;
import org.senescope.read.DataReader;

/**
 * Reads {@code .rnk} ranked lists: {@code gene<TAB>statistic} per line. The first non-comment line is a header when
 * its statistic is not a number ({@code ID<TAB>t}); lines starting with {@code #} are comments; blank lines are
 * ignored; empty fields after the second are tolerated. A missing or infinite statistic leaves its line out, reported.
 * A bad line (wrong field count, text for the statistic, empty gene) fails or is skipped by the {@link BadRowPolicy}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RnkReader implements DataReader<RnkReadResult> {

    /**
     * The heap a ranked gene takes while read and ranked, measured (name, statistic, line, duplicate index and the
     * ranking's copies) with margin; see docs/input-formats.md.
     */
    static final int HEAP_BYTES_PER_GENE = 200;
    private static final int HEAP_CHECK_EVERY = 1 << 16;

    private final BadRowPolicy policy;
    private final DuplicateRule duplicateRule;
    private final InputLimits limits;

    /** Fails on bad lines; resolves duplicates by {@link DuplicateRule#MAX_ABS}. */
    public RnkReader() {
        this(BadRowPolicy.FAIL, DuplicateRule.MAX_ABS, InputLimits.DEFAULT);
    }

    /** A reader with the given policy for bad lines, rule for repeated genes, and input limits. */
    public RnkReader(BadRowPolicy policy, DuplicateRule duplicateRule, InputLimits limits) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.duplicateRule = Objects.requireNonNull(duplicateRule, "duplicateRule");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public RnkReadResult read(Path file) throws IOException {
        try (TextLines lines = TextLines.open(file, limits)) {
            return parse(lines);
        }
    }

    @Override
    public RnkReadResult read(InputStream in, String source) throws IOException {
        try (TextLines lines = TextLines.open(in, source, limits)) {
            return parse(lines);
        }
    }

    /** The lines kept so far, as primitive arrays (a boxed number per line would triple the heap a ranking needs). */
    private static final class Kept {
        private final List<String> genes = new ArrayList<>();
        private double[] stats = new double[1024];
        private long[] lines = new long[1024];

        void add(String gene, double stat, long line) {
            int n = genes.size();
            if (n == stats.length) {
                stats = Arrays.copyOf(stats, 2 * n);
                lines = Arrays.copyOf(lines, 2 * n);
            }
            genes.add(gene);
            stats[n] = stat;
            lines[n] = line;
        }
    }

    private RnkReadResult parse(TextLines text) throws IOException {
        String src = text.source();
        Kept kept = new Kept();
        List<SkippedLine> nonFinite = new ArrayList<>();
        List<SkippedLine> bad = new ArrayList<>();
        String header = "";
        int comments = 0;
        boolean first = true;
        for (Optional<String> next = text.next(); next.isPresent(); next = text.next()) {
            String line = next.get();
            long no = text.number();
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments++;
                continue;
            }
            String[] f = fields(line);
            boolean isFirst = first;
            first = false;
            if (f.length != 2) {
                reject(bad, src, no, 0, "found " + f.length + " field" + (f.length == 1 ? "" : "s")
                        + "; expected 2: gene<TAB>statistic");
                continue;
            }
            if (f[0].isBlank()) {
                reject(bad, src, no, 1, "empty gene name; expected a gene identifier");
                continue;
            }
            NumberCells.Kind kind = NumberCells.kind(f[1], '.');
            if (kind == NumberCells.Kind.TEXT) {
                if (isFirst) {
                    header = line;
                    continue;
                }
                reject(bad, src, no, 2, "expected a number for the statistic, found '"
                        + NumberCells.abbreviate(f[1]) + "'");
                continue;
            }
            double v = NumberCells.parse(f[1], '.');
            if (!Double.isFinite(v)) {
                nonFinite.add(new SkippedLine(no, "statistic '" + f[1].strip() + "' of " + f[0]
                        + " is not a finite number"));
                continue;
            }
            checkHeap(src, no, kept.genes.size());
            kept.add(f[0].strip(), v, no);
        }
        if (kept.genes.isEmpty()) {
            throw noRankedGenes(src, first && comments == 0, nonFinite.size(), bad.size());
        }
        return resolve(kept, header, comments, nonFinite, bad);
    }

    /**
     * Refuses a ranking the heap cannot hold, at {@link #HEAP_BYTES_PER_GENE} a gene, before it fills the heap: an
     * error with the line reached rather than an OutOfMemoryError after minutes.
     */
    private static void checkHeap(String src, long line, int genes) throws InputFormatException {
        if (genes % HEAP_CHECK_EVERY == 0 && genes > 0) {
            long heap = Runtime.getRuntime().maxMemory();
            if ((long) genes * HEAP_BYTES_PER_GENE > heap) {
                throw new InputFormatException(src, line, 0, "more than " + genes + " ranked genes, more than a "
                        + (heap >> 20) + " MB Java heap holds at about " + HEAP_BYTES_PER_GENE + " bytes a gene; "
                        + "expected a ranking of one statistic per gene (or a larger heap: java -Xmx)");
            }
        }
    }

    private static InputFormatException noRankedGenes(String src, boolean allBlank, int nonFinite, int bad) {
        return new InputFormatException(src, 0, 0, (allBlank ? "empty file"
                : "no ranked genes (" + nonFinite + " non-finite, " + bad + " bad lines)")
                + "; expected lines of gene<TAB>statistic");
    }

    private void reject(List<SkippedLine> bad, String src, long line, int column, String reason)
            throws InputFormatException {
        if (policy == BadRowPolicy.FAIL) {
            throw new InputFormatException(src, line, column, reason);
        }
        bad.add(new SkippedLine(line, reason));
    }

    private RnkReadResult resolve(Kept kept, String header, int comments, List<SkippedLine> nonFinite,
                                  List<SkippedLine> bad) {
        List<String> genes = kept.genes;
        int n = genes.size();
        // Lines of one gene are chained by index from its first line: an int per line, not a list per gene.
        Map<String, Integer> firstOf = new HashMap<>();
        int[] nextSame = new int[n];
        int[] lastSame = new int[n];
        for (int i = 0; i < n; i++) {
            nextSame[i] = -1;
            Integer f = firstOf.putIfAbsent(genes.get(i), i);
            lastSame[i] = i;
            if (f != null) {
                nextSame[lastSame[f]] = i;
                lastSame[f] = i;
            }
        }
        List<DuplicateGene> duplicates = new ArrayList<>();
        List<String> outGenes = new ArrayList<>(firstOf.size());
        double[] values = new double[n];
        int out = 0;
        boolean keepAll = duplicateRule == DuplicateRule.KEEP_ALL;
        for (int i = 0; i < n; i++) {
            int f = Objects.requireNonNull(firstOf.get(genes.get(i)), "every gene was indexed");
            boolean repeated = nextSame[f] >= 0;
            if (!repeated || keepAll) {
                outGenes.add(genes.get(i));
                values[out++] = kept.stats[i];
                if (repeated && f == i) {
                    duplicates.add(duplicate(genes.get(i), chain(nextSame, i), kept, kept.stats[i]));
                }
                continue;
            }
            if (f != i) {
                continue;
            }
            List<Integer> at = chain(nextSame, i);
            double value = switch (duplicateRule) {
                case FIRST, KEEP_ALL -> kept.stats[i];
                case MEAN -> at.stream().mapToDouble(j -> kept.stats[j]).average().orElseThrow();
                case MAX_ABS -> {
                    double best = kept.stats[i];
                    for (int j : at) {
                        if (Math.abs(kept.stats[j]) > Math.abs(best)) {
                            best = kept.stats[j];
                        }
                    }
                    yield best;
                }
            };
            outGenes.add(genes.get(i));
            values[out++] = value;
            duplicates.add(duplicate(genes.get(i), at, kept, value));
        }
        values = Arrays.copyOf(values, out);
        return new RnkReadResult(new RankedList(outGenes, values), header, comments, duplicates, duplicateRule,
                tiedGenes(values), nonFinite, bad);
    }

    /** The indexes of the lines of the gene first on line index {@code first}, in file order. */
    private static List<Integer> chain(int[] nextSame, int first) {
        List<Integer> at = new ArrayList<>();
        for (int j = first; j >= 0; j = nextSame[j]) {
            at.add(j);
        }
        return at;
    }

    private static DuplicateGene duplicate(String gene, List<Integer> at, Kept kept, double value) {
        return new DuplicateGene(gene, at.stream().map(j -> kept.lines[j]).toList(), value);
    }

    /** Genes whose statistic equals at least one other gene's. */
    static int tiedGenes(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int tied = 0;
        int i = 0;
        while (i < s.length) {
            int j = i + 1;
            while (j < s.length && s[j] == s[i]) {
                j++;
            }
            if (j - i > 1) {
                tied += j - i;
            }
            i = j;
        }
        return tied;
    }

    /** Tab-separated fields, without empty fields after the second (spreadsheets leave them). */
    private static String[] fields(String line) {
        String[] f = line.split("\t", -1);
        int n = f.length;
        while (n > 2 && f[n - 1].isBlank()) {
            n--;
        }
        return n == f.length ? f : Arrays.copyOf(f, n);
    }
}
