package org.senescope.mine.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.model.Node;
import org.senescope.model.NodeKind;

/**
 * Nodes named "X-induced Y" (or X-mediated, X-triggered): the form of Y that an agent of kind X brings about. When a
 * text says an agent whose name ends with X induces Y ({@code chemotherapy induces senescence},
 * {@code radiotherapy triggers senescence}), the effect is that node, not Y in general. Agents are nodes that act
 * (therapies, drug classes, genes, cells), not processes, phenotypes or diseases. Built from the network's node
 * labels; immutable.
 */
final class InducedForms {

    private static final Pattern INDUCED = Pattern.compile("(?i)(\\p{L}+)-(?:induced|mediated|triggered) (.+)");

    private final Map<String, Concept> byPair = new HashMap<>();

    /** Built from {@code nodes}; {@code resolve} finds the node a name's key names. */
    InducedForms(List<Node> nodes, Function<String, Optional<Concept>> resolve) {
        for (Node form : nodes) {
            Matcher m = INDUCED.matcher(form.label().replaceAll("\\s*\\([^)]*\\)", "").strip());
            if (!m.matches()) {
                continue;
            }
            String agent = m.group(1).toLowerCase(Locale.ROOT);
            Optional<Concept> effect = resolve.apply(NameKey.of(m.group(2)));
            if (effect.isEmpty()) {
                continue;
            }
            for (Node cause : nodes) {
                String first = cause.label().split("[\\s-]", 2)[0].toLowerCase(Locale.ROOT);
                if (acts(cause.kind()) && first.endsWith(agent) && !cause.id().equals(form.id())) {
                    byPair.put(cause.id() + '\t' + effect.get().id(), new Concept(form.id(), ConceptKind.NODE, ""));
                }
            }
        }
    }

    private static boolean acts(NodeKind kind) {
        return kind != NodeKind.PROCESS && kind != NodeKind.PHENOTYPE && kind != NodeKind.DISEASE;
    }

    /** The node for {@code effect} brought about by {@code cause}, if the network has one. */
    Optional<Concept> of(Concept cause, Concept effect) {
        return Optional.ofNullable(byPair.get(cause.id() + '\t' + effect.id()));
    }
}
