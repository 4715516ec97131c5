package org.senescope.read.rnk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.InputLimits;
import org.senescope.read.InputText;
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
        return parse(InputText.read(file, limits));
    }

    @Override
    public RnkReadResult read(InputStream in, String source) throws IOException {
        return parse(InputText.read(in, source, limits));
    }

    private RnkReadResult parse(InputText text) {
        String src = text.source();
        List<String> genes = new ArrayList<>();
        List<Double> stats = new ArrayList<>();
        List<Long> lineOf = new ArrayList<>();
        List<SkippedLine> nonFinite = new ArrayList<>();
        List<SkippedLine> bad = new ArrayList<>();
        String header = "";
        int comments = 0;
        boolean first = true;
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            long no = i + 1L;
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
            genes.add(f[0].strip());
            stats.add(v);
            lineOf.add(no);
        }
        if (genes.isEmpty()) {
            throw noRankedGenes(src, lines, nonFinite.size(), bad.size());
        }
        return resolve(genes, stats, lineOf, header, comments, nonFinite, bad);
    }

    private static InputFormatException noRankedGenes(String src, List<String> lines, int nonFinite, int bad) {
        return new InputFormatException(src, 0, 0, (lines.stream().allMatch(String::isBlank) ? "empty file"
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

    private RnkReadResult resolve(List<String> genes, List<Double> stats, List<Long> lineOf, String header,
                                  int comments, List<SkippedLine> nonFinite, List<SkippedLine> bad) {
        Map<String, List<Integer>> byGene = new LinkedHashMap<>();
        for (int i = 0; i < genes.size(); i++) {
            byGene.computeIfAbsent(genes.get(i), g -> new ArrayList<>(1)).add(i);
        }
        List<DuplicateGene> duplicates = new ArrayList<>();
        List<String> outGenes = new ArrayList<>(byGene.size());
        List<Double> outStats = new ArrayList<>(byGene.size());
        boolean keepAll = duplicateRule == DuplicateRule.KEEP_ALL;
        for (int i = 0; i < genes.size(); i++) {
            List<Integer> at = Objects.requireNonNull(byGene.get(genes.get(i)), "every gene was indexed");
            if (at.size() == 1 || keepAll) {
                outGenes.add(genes.get(i));
                outStats.add(stats.get(i));
                if (at.size() > 1 && at.get(0) == i) {
                    duplicates.add(duplicate(genes.get(i), at, lineOf, stats.get(i)));
                }
                continue;
            }
            if (at.get(0) != i) {
                continue;
            }
            double kept = switch (duplicateRule) {
                case FIRST, KEEP_ALL -> stats.get(i);
                case MEAN -> at.stream().mapToDouble(stats::get).average().orElseThrow();
                case MAX_ABS -> {
                    double best = stats.get(at.get(0));
                    for (int j : at) {
                        if (Math.abs(stats.get(j)) > Math.abs(best)) {
                            best = stats.get(j);
                        }
                    }
                    yield best;
                }
            };
            outGenes.add(genes.get(i));
            outStats.add(kept);
            duplicates.add(duplicate(genes.get(i), at, lineOf, kept));
        }
        double[] values = outStats.stream().mapToDouble(Double::doubleValue).toArray();
        return new RnkReadResult(new RankedList(outGenes, values), header, comments, duplicates, duplicateRule,
                tiedGenes(values), nonFinite, bad);
    }

    private static DuplicateGene duplicate(String gene, List<Integer> at, List<Long> lineOf, double kept) {
        return new DuplicateGene(gene, at.stream().map(lineOf::get).toList(), kept);
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
