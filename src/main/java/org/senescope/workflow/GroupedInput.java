package org.senescope.workflow;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.senescope.failure.BadRequestException;
import org.senescope.model.data.ExpressionMatrix;

/**
 * The values an overlay shows for a matrix with sample groups: read the matrix (log2 when asked), load the groups,
 * then a limma contrast of two groups or each group's mean ({@link GroupedValues}). Stateless.
 */
final class GroupedInput {

    private GroupedInput() {
    }

    /**
     * The grouped values of {@code input}; adds the groups' summary to {@code notes} and, when the values look
     * linear-scale, a warning.
     *
     * @throws BadRequestException when the contrast names no two groups, or the groups were asked for in a way their
     *                             file cannot answer
     * @throws org.senescope.failure.InputFormatException when the matrix or the groups are malformed or disagree
     */
    static GroupedValues of(OverlayRequest.GroupedMatrix input, List<String> notes, List<String> warnings)
            throws IOException {
        ExpressionFiles.ReadMatrix read = ExpressionFiles.readAsIs(input.matrix());
        ExpressionMatrix values = input.log2() ? ExpressionFiles.log2(read) : read.matrix();
        MatrixGroups groups = requested(() -> MatrixGroups.read(input.groups(), values, read.source()));
        GroupedValues grouped;
        if (input.contrast() instanceof OverlayRequest.Compare compare) {
            GroupContrast chosen = requested(() -> GroupContrast.choose(Optional.of(compare.spec()), groups));
            chosen.requireSamples(groups, values.sampleNames());
            grouped = GroupedValues.contrast(read, values, groups, chosen, input.log2());
        } else {
            grouped = GroupedValues.means(read, values, groups, input.log2());
        }
        ValueScale.warning(read.source(), read.matrix(), input.log2()).ifPresent(warnings::add);
        notes.add("Groups: " + groups.summary());
        return grouped;
    }

    /** A step that reports a request it cannot answer as an {@link IllegalArgumentException}, as its contract says. */
    @FunctionalInterface
    private interface RequestedStep<T> {
        T run() throws IOException;
    }

    private static <T> T requested(RequestedStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }
}
