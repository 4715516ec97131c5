package org.senescope.knowledge;

import java.util.List;

import org.senescope.failure.BadDataException;

/**
 * The curation or the seeds cannot be built into a network. Carries every problem found, in file order, so a curator
 * can mend them all in one pass; the message is the first problem and a count of the rest.
 */
public final class CurationException extends BadDataException {
    private static final long serialVersionUID = 1L;

    private final transient List<CurationProblem> problems;

    public CurationException(List<CurationProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public CurationException(CurationProblem problem) {
        this(List.of(problem));
    }

    public List<CurationProblem> problems() {
        return problems;
    }

    private static String summary(List<CurationProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a curation exception needs at least one problem");
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
