package org.senescope.render.html;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.senescope.export.NetworkStyle;
import org.senescope.model.Edge;
import org.senescope.model.Module;
import org.senescope.model.Node;
import org.senescope.model.SeedSource;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.overlay.OverlaySummaries;
import org.senescope.render.DivergingScale;
import org.senescope.render.DrawnGeometry;
import org.senescope.render.FigureScene;
import org.senescope.render.ModuleBadges;
import org.senescope.render.NodeFill;
import org.senescope.render.SceneNode;

/** The page's data: Cytoscape.js elements with everything the style and the side panel need, as plain maps. */
final class PageData {

    /** Page pixels per figure point: the figure's geometry, enlarged for a screen. */
    static final double PIXELS_PER_POINT = 3;
    /**
     * Above this many edges the page draws every edge straight for speed (its {@code BIG}), so the figure's routes,
     * costly to compute for thousands of edges, are not computed for it.
     */
    private static final int MOST_ROUTED_EDGES = 3000;

    private PageData() {
    }

    static Map<String, Object> of(FigureScene scene) {
        Overlay overlay = scene.overlay().orElse(null);
        DivergingScale scale = new DivergingScale(scene.options().colourLimit());
        Map<String, String> moduleLabels = new LinkedHashMap<>();
        scene.network().modules().forEach(m -> moduleLabels.put(m.id(), m.label()));
        List<Object> nodes = new ArrayList<>();
        Map<String, Point2D> centres = new LinkedHashMap<>();
        for (SceneNode sn : scene.nodes()) {
            Map<String, Object> element = node(sn, overlay, scale, moduleLabels);
            Rectangle2D outline = DrawnGeometry.outlineBox(sn);
            centres.put(sn.node().id(), new Point2D.Double(outline.getCenterX(), outline.getCenterY()));
            // Only pages with module scores carry the key, so that other pages keep their bytes.
            scene.badges().ifPresent(b -> data(element).put("modules", moduleLines(b, sn.node())));
            scene.cellTypes().ifPresent(c -> PageCellTypes.put(data(element), c, sn.node().id()));
            nodes.add(element);
        }
        List<Object> edges = new ArrayList<>();
        Map<String, SeedSource> seeds = new LinkedHashMap<>();
        scene.network().sources().forEach(s -> seeds.put(s.file(), s));
        Map<String, List<Object>> checks = overlay == null ? Map.of() : checks(scene, overlay);
        Map<String, List<Point2D>> routes = scene.network().edges().size() > MOST_ROUTED_EDGES ? Map.of()
                : DrawnGeometry.edgeRoutes(scene);
        for (Edge e : scene.network().edges()) {
            Map<String, Object> element = PageEdges.edge(e, seeds);
            List<Point2D> route = routes.get(e.id());
            if (route != null) {
                PageEdges.putRoute(data(element), route, Objects.requireNonNull(centres.get(e.sourceId())),
                        Objects.requireNonNull(centres.get(e.targetId())));
            }
            // Only pages with an overlay carry the key, so that other pages keep their bytes.
            if (overlay != null) {
                data(element).put("checks", checks.getOrDefault(e.id(), List.of()));
            }
            edges.add(element);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conditions", overlay == null ? List.of() : overlay.conditions());
        data.put("font", round(scene.fontSize() * PIXELS_PER_POINT));
        data.put("valueLabel", overlay == null ? "" : overlay.valueLabel());
        data.put("moduleList", List.copyOf(moduleLabels.values()));
        data.put("seedList", scene.network().sources().stream().map(s -> List.of(s.file(), s.title())).toList());
        scene.cellTypes().ifPresent(c -> data.put("cellTypes", PageCellTypes.summary(c)));
        data.put("nodes", nodes);
        data.put("edges", edges);
        return data;
    }

    private static Map<String, Object> node(SceneNode sn, @Nullable Overlay overlay, DivergingScale scale,
            Map<String, String> moduleLabels) {
        Node n = sn.node();
        NetworkStyle.NodeLook look = NetworkStyle.nodeLook(n.kind());
        Rectangle2D box = DrawnGeometry.outlineBox(sn);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", n.id());
        d.put("label", n.label());
        putOutline(d, sn, look, box);
        d.put("description", n.description());
        d.put("human", String.join(", ", n.humanSymbols()));
        d.put("mouse", String.join(", ", n.mouseSymbols()));
        d.put("aliases", String.join(", ", n.aliases()));
        d.put("entrez", String.join(", ", n.entrezIds()));
        d.put("ensembl", String.join(", ", n.ensemblIds()));
        d.put("inModules", n.modules().stream().map(id -> moduleLabels.getOrDefault(id, id)).toList());
        List<Object> fills = new ArrayList<>();
        List<Object> texts = new ArrayList<>();
        List<Object> borders = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        NodeOverlay measured = overlay == null ? null : overlay.node(n.id()).orElse(null);
        int conditions = overlay == null ? 1 : Math.max(1, overlay.conditions().size());
        for (int c = 0; c < conditions; c++) {
            NodeFill fill;
            if (overlay == null) {
                fill = NodeFill.ofKind(n.kind());
            } else if (!n.kind().isGeneBased()) {
                fill = NodeFill.plain();
            } else {
                Measurement m = measured == null ? Measurement.MISSING : measured.measurements().get(c);
                // As in the figure: a node shown member by member is not coloured by one of them.
                fill = measured != null && measured.hasMembers() ? NodeFill.plain() : NodeFill.ofValue(m, scale);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("value", m.isMeasured() ? m.value() : "not measured");
                v.put("padj", m.hasSignificance() ? m.adjustedP() : "");
                putNotExpressed(v, m);
                values.add(v);
            }
            fills.add(hex(fill.fill()));
            texts.add(hex(fill.text()));
            borders.add(fill.significant() ? 4 : 1);
        }
        d.put("fills", fills);
        d.put("texts", texts);
        d.put("borders", borders);
        d.put("fill", fills.get(0));
        d.put("text", texts.get(0));
        d.put("border", borders.get(0));
        d.put("values", values);
        d.put("route", measured == null ? "" : measured.mappingRoute());
        d.put("input", measured == null ? "" : measured.inputIdentifier());
        putMembers(d, measured);
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("data", d);
        element.put("position", position(box));
        return element;
    }

    private static Map<String, Object> position(Rectangle2D box) {
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("x", round(box.getCenterX() * PIXELS_PER_POINT));
        position.put("y", round(box.getCenterY() * PIXELS_PER_POINT));
        return position;
    }

    /** The label's lines and place and the outline as the figure draws them (an icon over its label for some kinds). */
    private static void putOutline(Map<String, Object> d, SceneNode sn, NetworkStyle.NodeLook look, Rectangle2D box) {
        d.put("shown", String.join("\n", sn.labelLines()));
        d.put("below", DrawnGeometry.labelBelow(sn) ? round((sn.labelBox().getMinY() - box.getMaxY())
                * PIXELS_PER_POINT) : -1);
        d.put("kind", sn.node().kind().label());
        d.put("shape", look.shape().cx2Name().equals("parallelogram") ? "rhomboid" : look.shape().cx2Name());
        d.put("w", round(box.getWidth() * PIXELS_PER_POINT));
        d.put("h", round(box.getHeight() * PIXELS_PER_POINT));
        putCorners(d, sn, box);
    }

    /**
     * A polygonal outline's corners as Cytoscape.js's {@code shape-polygon-points} (x, y pairs from -1 to 1 across the
     * node's box), so that the page draws the figure's outline, whose box was measured to hold the label.
     */
    private static void putCorners(Map<String, Object> d, SceneNode sn, Rectangle2D box) {
        List<Point2D> corners = DrawnGeometry.outlineCorners(sn);
        if (corners.isEmpty()) {
            return;
        }
        List<Object> points = new ArrayList<>();
        for (Point2D p : corners) {
            points.add(Math.round((p.getX() - box.getCenterX()) / box.getWidth() * 2 * 1e4) / 1e4);
            points.add(Math.round((p.getY() - box.getCenterY()) / box.getHeight() * 2 * 1e4) / 1e4);
        }
        d.put("poly", points);
    }

    /** Only values below {@code --min-expression} carry the key, so that other pages keep their bytes. */
    private static void putNotExpressed(Map<String, Object> value, Measurement m) {
        if (m.notExpressed()) {
            value.put("expressed", false);
        }
    }

    /** Only nodes with members carry the key, so that other nodes keep their bytes. */
    private static void putMembers(Map<String, Object> d, @Nullable NodeOverlay measured) {
        if (measured != null && measured.hasMembers()) {
            d.put("members", members(measured));
        }
    }

    /** Each measured member: symbol, input row, value and adjusted p per condition, the nodes it is shared with. */
    private static List<Object> members(NodeOverlay measured) {
        List<Object> list = new ArrayList<>();
        for (MemberOverlay member : measured.members()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", member.symbol());
            m.put("input", member.inputIdentifier());
            List<Object> values = new ArrayList<>();
            for (Measurement v : member.measurements()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("value", v.isMeasured() ? v.value() : "not measured");
                cell.put("padj", v.hasSignificance() ? v.adjustedP() : "");
                putNotExpressed(cell, v);
                values.add(cell);
            }
            m.put("values", values);
            m.put("sharedWith", member.sharedWith());
            list.add(m);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> element) {
        return (Map<String, Object>) Objects.requireNonNull(element.get("data"), "every element has data");
    }

    /** One line per module of the node: its number, label and score, or "not tested". */
    private static List<Object> moduleLines(ModuleBadges badges, Node node) {
        List<Object> lines = new ArrayList<>();
        for (Module m : badges.modules()) {
            if (node.modules().contains(m.id())) {
                lines.add(badges.number(m.id()) + " " + badges.describe(m));
            }
        }
        return lines;
    }

    /**
     * Per edge id, the edge-consistency check of each condition in order: whether it was tested, why (not), and the
     * verdict with its detail for a tested edge (empty strings otherwise), at the figure's significance threshold.
     */
    private static Map<String, List<Object>> checks(FigureScene scene, Overlay overlay) {
        Map<String, List<Object>> checks = new LinkedHashMap<>();
        for (int c = 0; c < overlay.conditions().size(); c++) {
            for (EdgeConsistency e : OverlaySummaries.edgeConsistency(scene.network(), overlay, c,
                    NodeFill.SIGNIFICANCE)) {
                Map<String, Object> check = new LinkedHashMap<>();
                check.put("testable", e.testable());
                check.put("reason", e.reason());
                check.put("verdict", e.verdict().map(EdgeConsistency.Verdict::label).orElse(""));
                check.put("detail", e.detail());
                checks.computeIfAbsent(e.edgeId(), id -> new ArrayList<>()).add(check);
            }
        }
        return checks;
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
