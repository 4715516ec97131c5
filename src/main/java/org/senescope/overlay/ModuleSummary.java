package org.senescope.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.Overlay;

/**
 * What one condition of an overlay says about one network module.
 *
 * @param moduleId       the module
 * @param label          its label
 * @param condition      the condition
 * @param geneNodes      how many of its nodes name genes
 * @param measured       how many of those have a value
 * @param meanValue      the mean value of the measured nodes, {@code NaN} when none is measured
 * @param upSignificant  measured nodes with a positive value and adjusted p below the threshold
 * @param downSignificant measured nodes with a negative value and adjusted p below the threshold
 */
public record ModuleSummary(String moduleId, String label, String condition, int geneNodes, int measured,
                            double meanValue, int upSignificant, int downSignificant) {
    public ModuleSummary {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(condition, "condition");
    }

    /** One summary per module and condition, modules in network order, conditions in overlay order. */
    public static List<ModuleSummary> of(Network network, Overlay overlay, double threshold) {
        List<ModuleSummary> result = new ArrayList<>();
        for (Module module : network.modules()) {
            List<Node> members = network.nodes().stream()
                    .filter(n -> n.hasGenes() && n.modules().contains(module.id())).toList();
            for (int c = 0; c < overlay.conditions().size(); c++) {
                int measured = 0;
                int up = 0;
                int down = 0;
                double sum = 0;
                for (Node node : members) {
                    int condition = c;
                    Measurement m = overlay.node(node.id()).map(n -> n.measurements().get(condition))
                            .orElse(Measurement.MISSING);
                    if (!m.isMeasured()) {
                        continue;
                    }
                    measured++;
                    sum += m.value();
                    if (m.hasSignificance() && m.adjustedP() < threshold) {
                        up += m.value() > 0 ? 1 : 0;
                        down += m.value() < 0 ? 1 : 0;
                    }
                }
                result.add(new ModuleSummary(module.id(), module.label(), overlay.conditions().get(c),
                        members.size(), measured, measured == 0 ? Double.NaN : sum / measured, up, down));
            }
        }
        return result;
    }
}
