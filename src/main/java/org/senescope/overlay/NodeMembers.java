package org.senescope.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.overlay.DuplicateRule;

/**
 * The measured members of a node: for a family or complex (IL-12 is IL12A and IL12B) each gene's rows resolved on
 * their own by the duplicate rule, and for a gene whose rows reach several nodes (CDKN2A: p16INK4a and ARF) the one
 * measurement marked as shared. A node of one gene of its own has no members: its node value says it all. Stateless.
 */
final class NodeMembers {

    /**
     * One member as one table measured it.
     *
     * @param symbol     the gene symbol the rows reached the node through
     * @param resolved   its rows after the duplicate rule
     * @param sharedWith the other nodes its chosen rows reached, in network order
     */
    record Member(String symbol, DuplicateResolver.Resolved resolved, List<String> sharedWith) {
    }

    private NodeMembers() {
    }

    /** The members of {@code node} given the rows that reached it; empty when it has none to show. */
    static List<Member> of(Node node, List<MappedRow> rows, int conditions, DuplicateRule rule) {
        Map<String, List<MappedRow>> bySymbol = new LinkedHashMap<>();
        for (MappedRow row : rows) {
            bySymbol.computeIfAbsent(row.match().symbol(), k -> new ArrayList<>()).add(row);
        }
        List<Member> members = new ArrayList<>();
        boolean shared = false;
        for (Map.Entry<String, List<MappedRow>> e : bySymbol.entrySet()) {
            DuplicateResolver.Resolved resolved = DuplicateResolver.resolve(e.getValue(), conditions, rule);
            Set<String> others = new LinkedHashSet<>();
            for (MappedRow chosen : resolved.chosen()) {
                chosen.match().nodes().stream().map(Node::id).filter(id -> !id.equals(node.id())).forEach(others::add);
            }
            shared |= !others.isEmpty();
            members.add(new Member(e.getKey(), resolved, List.copyOf(others)));
        }
        if (geneCount(node) < 2 && !shared) {
            return List.of();
        }
        members.sort(Comparator.comparingInt(m -> position(node, m.symbol())));
        return members;
    }

    /** Members across tables, each member's measurements per condition, missing where a table lacks it. */
    static List<MemberOverlay> merge(Node node, List<Map<String, Member>> perTable, List<Integer> conditionsPerTable) {
        Set<String> symbols = new LinkedHashSet<>();
        perTable.forEach(t -> symbols.addAll(t.keySet()));
        List<String> ordered = new ArrayList<>(symbols);
        ordered.sort(Comparator.comparingInt(s -> position(node, s)));
        List<MemberOverlay> result = new ArrayList<>();
        for (String symbol : ordered) {
            List<Measurement> measurements = new ArrayList<>();
            Set<String> identifiers = new LinkedHashSet<>();
            Set<String> sharedWith = new LinkedHashSet<>();
            for (int t = 0; t < perTable.size(); t++) {
                Member m = perTable.get(t).get(symbol);
                if (m == null) {
                    for (int c = 0; c < conditionsPerTable.get(t); c++) {
                        measurements.add(Measurement.MISSING);
                    }
                } else {
                    measurements.addAll(m.resolved().measurements());
                    identifiers.add(m.resolved().identifier());
                    sharedWith.addAll(m.sharedWith());
                }
            }
            result.add(new MemberOverlay(symbol, String.join("; ", identifiers), measurements,
                    List.copyOf(sharedWith)));
        }
        return result;
    }

    private static int geneCount(Node node) {
        return Math.max(node.humanSymbols().size(), node.mouseSymbols().size());
    }

    /** Where a symbol stands among the node's genes, human then mouse; unknown symbols last. */
    private static int position(Node node, String symbol) {
        int human = node.humanSymbols().indexOf(symbol);
        if (human >= 0) {
            return human;
        }
        String upper = symbol.toUpperCase(Locale.ROOT);
        for (int i = 0; i < node.mouseSymbols().size(); i++) {
            if (node.mouseSymbols().get(i).toUpperCase(Locale.ROOT).equals(upper)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
