package org.senescope.render;

import org.senescope.model.Edge;
import org.senescope.model.Node;
import org.senescope.model.data.MemberOverlay;

/**
 * The groups of a network figure, named by the network's elements, so that each node, edge and legend item is one
 * object in an editor with data saying which. Stateless.
 */
final class FigureGroups {

    private FigureGroups() {
    }

    /** A node with its label and heat stripe; {@code condition} is the panel's heading, empty for a single panel. */
    static DrawingGroup node(Node node, String condition) {
        return condition.isEmpty()
                ? DrawingGroup.of("node", node.id(), "id", node.id(), "kind", node.kind().label(), "label", node.label())
                : DrawingGroup.of("node", node.id() + " " + condition, "id", node.id(), "kind", node.kind().label(),
                        "label", node.label(), "condition", condition);
    }

    /** An edge with its arrowhead or T-bar. */
    static DrawingGroup edge(Edge edge) {
        return DrawingGroup.of("edge", edge.id(), "source", edge.sourceId(), "target", edge.targetId(), "relation",
                edge.relation().label(), "evidence", edge.evidenceLevel().key());
    }

    /** One member cell of a family, complex or shared gene node, in one condition. */
    static DrawingGroup member(String nodeId, MemberOverlay member, String condition) {
        return DrawingGroup.of("member-cell", nodeId + " " + member.symbol() + " " + condition, "node", nodeId,
                "member", member.symbol(), "identifier", member.inputIdentifier(), "condition", condition,
                "shared-with", String.join(" ", member.sharedWith()));
    }

    /** The module-score badges under a node. */
    static DrawingGroup badges(Node node) {
        return DrawingGroup.of("module-badges", node.id(), "node", node.id());
    }

    /** One legend block: its title and its items. */
    static DrawingGroup legendBlock(String title) {
        return DrawingGroup.of("legend-block", title, "title", title);
    }

    /** One legend item: its glyph and the words that say what it explains. */
    static DrawingGroup legendItem(String block, String explains) {
        return DrawingGroup.of("legend-item", block + " " + explains, "block", block, "explains", explains);
    }

    /** Text spanning the figure: its title or caption. */
    static DrawingGroup text(String role) {
        return DrawingGroup.of(role, "");
    }
}
