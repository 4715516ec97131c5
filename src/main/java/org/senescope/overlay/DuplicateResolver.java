package org.senescope.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.model.data.Measurement;
import org.senescope.model.overlay.DuplicateRule;

/** Applies a {@link DuplicateRule} to the rows that reached one node. Stateless. */
final class DuplicateResolver {

    /** NaN sorts last: a row without a p-value is less significant than any row with one. */
    private static final Comparator<MappedRow> MOST_SIGNIFICANT = Comparator
            .comparingDouble((MappedRow r) -> orInfinity(r.adjustedP()))
            .thenComparingDouble(r -> orInfinity(r.pValue()))
            .thenComparingDouble(r -> -orMinusInfinity(Math.abs(r.values()[0])))
            .thenComparingLong(MappedRow::line);

    /**
     * What a node gets from its rows.
     *
     * @param measurements one per condition
     * @param chosen       the rows whose values it took
     * @param identifier   their identifiers, distinct, joined with {@code |}
     * @param route        how they reached the node and how they were chosen
     */
    record Resolved(List<Measurement> measurements, Set<MappedRow> chosen, String identifier, String route) {
    }

    private DuplicateResolver() {
    }

    /**
     * Resolves {@code rows} by {@code rule}. Only expressed rows are candidates when there are any (a gene below
     * {@code --min-expression} never stands for a node whose other rows are expressed); otherwise the measurements
     * are marked not expressed.
     */
    static Resolved resolve(List<MappedRow> all, int conditions, DuplicateRule rule) {
        boolean expressed = all.stream().anyMatch(MappedRow::expressed);
        List<MappedRow> rows = expressed ? all.stream().filter(MappedRow::expressed).toList() : all;
        Resolved resolved = resolveAmong(rows, conditions, rule, all);
        if (expressed) {
            return resolved;
        }
        List<Measurement> marked = resolved.measurements().stream()
                .map(m -> m.isMeasured() ? new Measurement(m.value(), m.adjustedP(), false) : m).toList();
        return new Resolved(marked, resolved.chosen(), resolved.identifier(), resolved.route());
    }

    private static Resolved resolveAmong(List<MappedRow> rows, int conditions, DuplicateRule rule,
                                         List<MappedRow> all) {
        if (rows.size() == 1 || rule == DuplicateRule.MOST_SIGNIFICANT) {
            MappedRow best = rows.stream().min(MOST_SIGNIFICANT).orElseThrow();
            List<Measurement> m = new ArrayList<>();
            for (double v : best.values()) {
                m.add(new Measurement(v, best.adjustedP()));
            }
            String how = all.size() == 1 ? "" : (rows.size() == 1 ? "; the one expressed" : "; most significant")
                    + " of " + all.size() + " rows (lines " + lines(all) + ")";
            return new Resolved(m, Set.of(best), best.identifier(), best.match().route() + how);
        }
        List<Measurement> m = new ArrayList<>();
        Set<MappedRow> chosen = new LinkedHashSet<>();
        for (int c = 0; c < conditions; c++) {
            if (rule == DuplicateRule.MEAN) {
                double sum = 0;
                int n = 0;
                for (MappedRow r : rows) {
                    if (!Double.isNaN(r.values()[c])) {
                        sum += r.values()[c];
                        n++;
                        chosen.add(r);
                    }
                }
                m.add(new Measurement(n == 0 ? Double.NaN : sum / n, Double.NaN));
            } else {
                int col = c;
                MappedRow largest = rows.stream().filter(r -> !Double.isNaN(r.values()[col]))
                        .max(Comparator.comparingDouble((MappedRow r) -> Math.abs(r.values()[col]))
                                .thenComparingLong(r -> -r.line()))
                        .orElse(null);
                if (largest == null) {
                    m.add(Measurement.MISSING);
                } else {
                    chosen.add(largest);
                    m.add(new Measurement(largest.values()[c], largest.adjustedP()));
                }
            }
        }
        String identifiers = chosen.stream().map(MappedRow::identifier).distinct().collect(Collectors.joining("|"));
        String routes = chosen.stream().map(r -> r.match().route()).distinct().collect(Collectors.joining("; "));
        String how = rule == DuplicateRule.MEAN ? "mean of " + chosen.size() + " rows (lines " + lines(all)
                + "); adjusted p not combined" : "largest |value| per condition of " + rows.size() + " rows (lines "
                + lines(all) + ")";
        return new Resolved(m, chosen, identifiers, routes + "; " + how);
    }

    private static String lines(List<MappedRow> rows) {
        return rows.stream().map(r -> Long.toString(r.line())).collect(Collectors.joining(", "));
    }

    private static double orInfinity(double p) {
        return Double.isNaN(p) ? Double.POSITIVE_INFINITY : p;
    }

    private static double orMinusInfinity(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
