package org.senescope.workflow;

import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The comparison of two sample groups, {@code TEST-REFERENCE} on the command line ({@code --contrast MUT-WT}: the
 * log fold change is MUT minus WT). Group names may themselves hold dashes: the split that names two groups is taken.
 *
 * @param test      the group compared
 * @param reference the baseline group
 */
public record GroupContrast(String test, String reference) {

    /** Fewer samples than this in a compared group leave too little to estimate its spread. */
    public static final int MIN_PER_GROUP = 2;

    public GroupContrast {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(reference, "reference");
    }

    /** For example {@code MUT-WT}. */
    public String label() {
        return test + "-" + reference;
    }

    /**
     * The contrast {@code spec} names among {@code groups}, or, without one, a usage error that lists the groups
     * (limma's reference level is a choice the data cannot make).
     *
     * @throws BadRequestException when no contrast is given, or it does not name two groups
     */
    public static GroupContrast choose(Optional<String> spec, MatrixGroups groups) {
        List<String> names = groups.groups().groupNames();
        if (spec.isEmpty()) {
            String example = names.size() >= 2 ? " (e.g. --contrast " + names.get(0) + "-" + names.get(1) + ")" : "";
            throw new BadRequestException(groups.source() + " has " + names.size() + " groups ("
                    + String.join(", ", names) + "); choose the two to compare with --contrast TEST-REFERENCE"
                    + example);
        }
        return parse(spec.get(), names, groups.source());
    }

    /** As {@link #choose(Optional, MatrixGroups)}, for a request's {@link ContrastChoice}. */
    public static GroupContrast choose(ContrastChoice choice, MatrixGroups groups) {
        return choose(choice instanceof ContrastChoice.Named named ? Optional.of(named.spec()) : Optional.empty(),
                groups);
    }

    /**
     * Reads {@code TEST-REFERENCE}.
     *
     * @throws BadRequestException when no split of {@code spec} at a dash names two different groups
     */
    public static GroupContrast parse(String spec, List<String> groupNames, String source) {
        List<GroupContrast> splits = new ArrayList<>();
        IntStream.range(1, spec.length() - 1).filter(i -> spec.charAt(i) == '-').forEach(i -> {
            String test = spec.substring(0, i);
            String reference = spec.substring(i + 1);
            if (groupNames.contains(test) && groupNames.contains(reference)) {
                splits.add(new GroupContrast(test, reference));
            }
        });
        if (splits.size() != 1) {
            throw new BadRequestException("--contrast: expected TEST-REFERENCE, two of the groups in " + source
                    + " (" + String.join(", ", groupNames) + "), found '" + spec + "'"
                    + (splits.size() > 1 ? ", which splits more than one way" : ""));
        }
        GroupContrast c = splits.get(0);
        if (c.test.equals(c.reference)) {
            throw new BadRequestException("--contrast: compares " + c.test + " with itself; expected two "
                    + "different groups");
        }
        return c;
    }

    /**
     * A matrix and its groups restricted to the samples of the two compared groups.
     *
     * @param matrix the compared samples' columns, in the matrix's order
     * @param groups their groups, the reference first
     */
    public record Compared(ExpressionMatrix matrix, SampleGroups groups) {
    }

    /**
     * {@code values} and {@code groups} with only the samples of {@link #test} and {@link #reference}, for fits that
     * take two groups only (limma's two-group moderated t, camera): samples of other groups are left out rather than
     * pooled into the variance.
     */
    public Compared restrict(ExpressionMatrix values, SampleGroups groups) {
        int[] samples = IntStream.range(0, values.sampleCount()).filter(s -> groups.labels().get(s).equals(test)
                || groups.labels().get(s).equals(reference)).toArray();
        double[] kept = new double[values.rowCount() * samples.length];
        for (int r = 0; r < values.rowCount(); r++) {
            for (int j = 0; j < samples.length; j++) {
                kept[r * samples.length + j] = values.value(r, samples[j]);
            }
        }
        return new Compared(ExpressionMatrix.adopting(values.rowIds(), values.rowDescriptions(),
                IntStream.of(samples).mapToObj(values.sampleNames()::get).toList(), kept),
                new SampleGroups(List.of(reference, test), IntStream.of(samples).mapToObj(groups.labels()::get)
                        .toList()));
    }

    /**
     * Checks that both groups have enough samples.
     *
     * @throws InputFormatException naming the groups file when a compared group has fewer than {@link #MIN_PER_GROUP}
     */
    public void requireSamples(MatrixGroups groups, List<String> sampleNames) throws InputFormatException {
        SampleGroups g = groups.groups();
        for (String group : List.of(test, reference)) {
            long n = g.count(group);
            if (n < MIN_PER_GROUP) {
                List<String> members = IntStream.range(0, sampleNames.size())
                        .filter(i -> g.labels().get(i).equals(group)).mapToObj(sampleNames::get).toList();
                throw new InputFormatException(groups.source(), 0, 0, "group " + group + " has " + n
                        + (n == 1 ? " sample (" + members.get(0) + ")" : " samples") + " in the matrix; expected at "
                        + "least " + MIN_PER_GROUP + " in each compared group");
            }
        }
    }
}
