package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.senescope.failure.BadDataException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.analysis.SkippedGeneSet;
import org.senescope.model.analysis.SmallSetCaution;
import org.senescope.output.PlannedFile;
import org.senescope.output.TsvCell;

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

    /**
     * The failure of a job none of whose sets has a size in range: nothing can be tested, so nothing is written.
     *
     * @param where where the sizes were counted, e.g. {@code the data}
     */
    public static BadDataException noSetInRange(GeneSetChoice choice, String where, List<SkippedGeneSet> skipped) {
        return new BadDataException(noSetInRangeText(choice, where) + " (" + skipped.size() + " sets skipped: "
                + reasonCounts(skipped) + "); nothing written");
    }

    /**
     * As {@link #noSetInRange(GeneSetChoice, String, List)}, with what the sizes were counted in described first, e.g.
     * {@code r.rnk, 120 genes}.
     */
    public static BadDataException noSetInRange(GeneSetChoice choice, String where, String what,
                                                List<SkippedGeneSet> skipped) {
        return new BadDataException(noSetInRangeText(choice, where) + " (" + what + "; " + skipped.size()
                + " sets skipped: " + reasonCounts(skipped) + "); nothing written");
    }

    private static String noSetInRangeText(GeneSetChoice choice, String where) {
        return "no gene set has between " + choice.minSize() + " and " + choice.maxSize() + " genes in " + where;
    }

    /**
     * One note per tested set under {@value SmallSetCaution#BELOW} genes in the data ({@link SmallSetCaution}), in
     * the order of {@code sizes}.
     *
     * @param sizes each tested set's name mapped to its genes in the data
     */
    public static List<String> smallSetNotes(Map<String, Integer> sizes) {
        return sizes.entrySet().stream().flatMap(e -> SmallSetCaution.note(e.getKey(), e.getValue()).stream())
                .toList();
    }

    /** The skipped-sets table: {@code gene_set, size_before, size_in_data, reason}. */
    public static String skippedTable(List<SkippedGeneSet> skipped) {
        StringBuilder b = new StringBuilder(TsvCell.row(List.of("gene_set", "size_before", "size_in_data", "reason")));
        for (SkippedGeneSet s : skipped) {
            b.append(TsvCell.row(List.of(s.name(), Integer.toString(s.sizeBefore()), Integer.toString(s.sizeAfter()),
                    s.reason().text())));
        }
        return b.toString();
    }

    /** The settings table: {@code setting, value}, one line each, in insertion order. */
    public static String settingsTable(Map<String, String> settings) {
        StringBuilder b = new StringBuilder(TsvCell.row(List.of("setting", "value")));
        b.append(TsvCell.row(List.of("senescope_version", SenescenceImmunityNetwork.version())));
        settings.forEach((k, v) -> b.append(TsvCell.row(List.of(k, v))));
        return b.toString();
    }

    /**
     * The skipped-sets table and the settings table as files of an output set, named {@code skippedName} and
     * {@code settingsName} in {@code directory}.
     */
    public static List<PlannedFile> plan(Path directory, String skippedName, List<SkippedGeneSet> skipped,
                                         String settingsName, Map<String, String> settings) {
        byte[] skippedTable = skippedTable(skipped).getBytes(StandardCharsets.UTF_8);
        byte[] settingsTable = settingsTable(settings).getBytes(StandardCharsets.UTF_8);
        return List.of(new PlannedFile(directory.resolve(skippedName), out -> out.write(skippedTable)),
                new PlannedFile(directory.resolve(settingsName), out -> out.write(settingsTable)));
    }
}
