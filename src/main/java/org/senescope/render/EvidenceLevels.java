package org.senescope.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.senescope.model.EvidenceType;
import org.senescope.model.Network;

/** The evidence levels as the legend, caption and page name them, strongest first. Stateless. */
public final class EvidenceLevels {

    /** Strongest first, the negative finding (which supports no effect) last. */
    static final List<EvidenceType> ORDER = List.of(EvidenceType.SEED_FINDING, EvidenceType.CITED_PRIOR_WORK,
            EvidenceType.REVIEW_CLAIM, EvidenceType.BACKGROUND, EvidenceType.HYPOTHESIS, EvidenceType.NEGATIVE_FINDING);

    private EvidenceLevels() {
    }

    /** The levels at which the edges of {@code network} are drawn, in {@link #ORDER}. */
    public static List<EvidenceType> present(Network network) {
        Set<EvidenceType> levels = EnumSet.noneOf(EvidenceType.class);
        network.edges().forEach(e -> levels.add(e.evidenceLevel()));
        return ORDER.stream().filter(levels::contains).toList();
    }

    /**
     * {@code network} with only the edges whose evidence level is in {@code levels}; every node stays where it is.
     * The same network when nothing is left out.
     */
    static Network keep(Network network, Set<EvidenceType> levels) {
        if (levels.containsAll(EnumSet.allOf(EvidenceType.class))) {
            return network;
        }
        return new Network(network.name(), network.nodes(),
                network.edges().stream().filter(e -> levels.contains(e.evidenceLevel())).toList(), network.modules(),
                network.layout(), network.sources(), network.provenance());
    }

    /** The levels of {@code levels} by their curation labels, quoted, strongest first, joined by "or". */
    static String names(Set<EvidenceType> levels) {
        return String.join(" or ", ORDER.stream().filter(levels::contains).map(l -> "\u201c" + l.label() + "\u201d")
                .toList());
    }

    /** What a level's legend sample means. */
    public static String describe(EvidenceType level) {
        return switch (level) {
            case SEED_FINDING -> "finding of the seed";
            case CITED_PRIOR_WORK -> "prior work the seed cites";
            case REVIEW_CLAIM -> "review claim";
            case BACKGROUND -> "background knowledge";
            case HYPOTHESIS -> "hypothesis";
            case NEGATIVE_FINDING -> "negative finding (not found)";
        };
    }

    /** How a level's edges look, in the caption's words. */
    static String encoding(EvidenceType level) {
        return switch (level) {
            case SEED_FINDING -> "thick solid line: a finding the seed reports";
            case CITED_PRIOR_WORK -> "solid line: prior work the seed cites";
            case REVIEW_CLAIM -> "faint line: a review's claim";
            case BACKGROUND -> "thin faint line: background knowledge from outside the seeds";
            case HYPOTHESIS -> "dotted line: a hypothesis";
            case NEGATIVE_FINDING -> "dashed grey line: a negative finding (an effect tested and not found)";
        };
    }
}
