package org.senescope.workflow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.senescope.analysis.SkippedGeneSet;
import org.senescope.knowledge.SenescenceImmunityNetwork;

/** The tables and counts every gene-set job reports the same way: skipped sets, settings, reasons counted. */
public final class GeneSetTables {

    private GeneSetTables() {
    }

    /** Counts of skipped sets by reason, e.g. {@code 12 fewer genes in the data than the minimum size}. */
    public static String reasonCounts(List<SkippedGeneSet> skipped) {
        Map<SkippedGeneSet.Reason, Long> counts = new EnumMap<>(SkippedGeneSet.Reason.class);
        skipped.forEach(s -> counts.merge(s.reason(), 1L, Long::sum));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().text())
                .collect(Collectors.joining(", "));
    }

    /** The skipped-sets table: {@code gene_set, size_before, size_in_data, reason}. */
    public static String skippedTable(List<SkippedGeneSet> skipped) {
        StringBuilder b = new StringBuilder("gene_set\tsize_before\tsize_in_data\treason\n");
        for (SkippedGeneSet s : skipped) {
            b.append(s.name()).append('\t').append(s.sizeBefore()).append('\t').append(s.sizeAfter()).append('\t')
                    .append(s.reason().text()).append('\n');
        }
        return b.toString();
    }

    /** The settings table: {@code setting, value}, one line each, in insertion order. */
    public static String settingsTable(Map<String, String> settings) {
        StringBuilder b = new StringBuilder("setting\tvalue\n");
        b.append("senescope_version\t").append(SenescenceImmunityNetwork.version()).append('\n');
        settings.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        return b.toString();
    }
}
