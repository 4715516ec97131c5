package org.senescope.model.data;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scores of a network's modules from one gene-set analysis, to be drawn on the network and carried in its node
 * tables. Immutable; nulls are not accepted; module ids are unique.
 *
 * @param methodName  the analysis's short name for legends, e.g. {@code GSEA}
 * @param method    the analysis in words, e.g. {@code preranked GSEA (fgseaMultilevel algorithm)}
 * @param statistic the short name of {@link ModuleScore#value()}, e.g. {@code NES}
 * @param qLabel    the short name of {@link ModuleScore#q()}, e.g. {@code q} or {@code FDR}
 * @param source    what the scores were read from (a file name), for legends and captions
 * @param scores    one score per tested module, in the order given
 */
public record ModuleScores(String methodName, String method, String statistic, String qLabel, String source,
                           List<ModuleScore> scores) {

    public ModuleScores {
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(qLabel, "qLabel");
        Objects.requireNonNull(source, "source");
        scores = List.copyOf(scores);
        Set<String> ids = new HashSet<>();
        for (ModuleScore s : scores) {
            if (!ids.add(s.moduleId())) {
                throw new IllegalArgumentException("module " + s.moduleId() + " is scored twice");
            }
        }
    }

    /** The score of {@code moduleId}, empty when the module was not tested. */
    public Optional<ModuleScore> of(String moduleId) {
        return scores.stream().filter(s -> s.moduleId().equals(moduleId)).findFirst();
    }

    /**
     * The magnitude at the ends of a colour scale for these scores: the largest |value| rounded up to a multiple of
     * 0.5, at least 1, so that every module's colour is distinct and NES near ±1 does not look extreme.
     */
    public double colourLimit() {
        double max = scores.stream().mapToDouble(ModuleScore::value).filter(Double::isFinite).map(Math::abs).max()
                .orElse(0);
        return Math.max(1, Math.ceil(max * 2) / 2);
    }
}
