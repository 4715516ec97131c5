package org.senescope.workflow;

import org.senescope.model.data.SampleGroups;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The groups of a matrix's samples as {@code --groups} gave them.
 *
 * @param source  the groups file as the user named it
 * @param kind    what the file was read as ({@code CLS}, or the sample sheet and its columns)
 * @param groups  one group per matrix sample, in the matrix's column order
 * @param leftOut sheet samples the matrix does not have, left out by {@code --extra-samples leave-out}
 */
public record MatrixGroups(String source, String kind, SampleGroups groups, List<String> leftOut) {

    public MatrixGroups {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groups, "groups");
        leftOut = List.copyOf(leftOut);
    }

    /** For example {@code P53.cls (CLS): 33 MUT, 17 WT}. */
    public String summary() {
        return String.format(Locale.ROOT, "%s (%s): %s", source, kind, groups.groupNames().stream()
                .map(g -> groups.count(g) + " " + g).collect(Collectors.joining(", ")))
                + (leftOut.isEmpty() ? "" : "; " + leftOut.size() + " sheet samples not in the matrix left out");
    }
}
