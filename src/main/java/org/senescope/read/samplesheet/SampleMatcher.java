package org.senescope.read.samplesheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;
import org.senescope.model.data.SampleGroups;

/**
 * Matches a sample sheet to a matrix's samples by exact name. When a name does not match, the message points to a
 * sheet sample that differs only in case or punctuation (R's {@code make.names} turns {@code COLO 205} into
 * {@code COLO.205}), but such names are never matched silently. Stateless.
 */
public final class SampleMatcher {

    private SampleMatcher() {
    }

    /**
     * The group of each matrix sample, in the matrix's order.
     *
     * @param matrixSamples the matrix's sample names, in column order
     * @param matrixSource  the matrix file as the user named it, for messages
     * @param extra         what to do with sheet samples the matrix does not have
     * @throws InputFormatException naming the sheet when a matrix sample has no row, or (under
     *                              {@link ExtraSamples#REFUSE}) naming the line of a sheet sample the matrix lacks
     */
    public static MatchedGroups match(SampleSheet sheet, List<String> matrixSamples, String matrixSource,
                                      ExtraSamples extra) throws InputFormatException {
        Objects.requireNonNull(extra, "extra");
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < sheet.samples().size(); i++) {
            row.put(sheet.samples().get(i), i);
        }
        List<String> missing = matrixSamples.stream().filter(s -> !row.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw new InputFormatException(sheet.source(), 0, 0, missingMessage(sheet, missing, matrixSamples.size(),
                    matrixSource));
        }
        Set<String> inMatrix = new HashSet<>(matrixSamples);
        List<Integer> extraRows = new ArrayList<>();
        for (int i = 0; i < sheet.samples().size(); i++) {
            if (!inMatrix.contains(sheet.samples().get(i))) {
                extraRows.add(i);
            }
        }
        if (!extraRows.isEmpty() && extra == ExtraSamples.REFUSE) {
            int i = extraRows.get(0);
            throw new InputFormatException(sheet.source(), sheet.lines().get(i), sheet.sampleField(), "sample '"
                    + NumberCells.abbreviate(sheet.samples().get(i)) + "' is not in " + matrixSource
                    + (extraRows.size() > 1 ? " (nor are " + (extraRows.size() - 1) + " more of the sheet)" : "")
                    + "; expected only the matrix's samples, or leave the others out with --extra-samples leave-out");
        }
        List<String> leftOut = extraRows.stream().map(sheet.samples()::get).toList();
        // Every matrix sample has a row (checked above).
        List<String> labels = matrixSamples.stream()
                .map(s -> sheet.groups().get(Objects.requireNonNull(row.get(s), s))).toList();
        Set<String> present = new HashSet<>(labels);
        List<String> names = new ArrayList<>(new LinkedHashSet<>(sheet.groups()));
        names.retainAll(present);
        return new MatchedGroups(new SampleGroups(names, labels), leftOut);
    }

    private static String missingMessage(SampleSheet sheet, List<String> missing, int total, String matrixSource) {
        String first = NumberCells.abbreviate(missing.get(0));
        StringBuilder b = new StringBuilder();
        if (missing.size() == 1) {
            b.append("matrix sample '").append(first).append("' of ").append(matrixSource).append(" has no row");
        } else {
            b.append(missing.size()).append(" of the ").append(total).append(" samples of ").append(matrixSource)
                    .append(" have no row, first '").append(first).append("'");
        }
        b.append(" in column '").append(sheet.sampleColumn()).append("'");
        nearName(sheet, missing.get(0)).ifPresent(n -> b.append(" (the sheet has '").append(n)
                .append("', spelled differently)"));
        return b.append("; expected a row for every matrix sample, named as in the matrix").toString();
    }

    /** A sheet sample equal to {@code name} once case and everything but letters and digits are ignored. */
    private static Optional<String> nearName(SampleSheet sheet, String name) {
        String key = key(name);
        return sheet.samples().stream().filter(s -> key(s).equals(key)).findFirst();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
