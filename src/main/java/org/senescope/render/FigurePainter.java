package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;

/**
 * The one drawing routine behind every figure format: draws a {@link FigureScene} into any {@link Graphics2D} whose
 * user space is in points (a bitmap scales it to its resolution first) and whose rendering hints are set ({@link
 * DrawingHints}, by the back end). Stateless; it changes the graphics' state and does not restore it.
 */
public final class FigurePainter {

    private static final Color BORDER = new Color(0x333333);

    private FigurePainter() {
    }

    public static void paint(FigureScene scene, Graphics2D g) {
        paint(scene, g, DrawingGroups.NONE);
    }

    /**
     * Paints as {@link #paint(FigureScene, Graphics2D)} does, drawing the title, each node, edge, module-badge row,
     * legend block and item, and the caption inside a group of {@code groups} ({@link FigureGroups}).
     */
    public static void paint(FigureScene scene, Graphics2D g, DrawingGroups groups) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, scene.width(), scene.height()));
        double font = scene.fontSize();
        double margin = scene.captionArea().getX();
        double titleFont = Math.max(font * 1.5, 7);
        g.setColor(Color.BLACK);
        g.setFont(FigureFont.at(titleFont));
        double y = margin;
        groups.begin(FigureGroups.text("title"));
        for (String line : scene.titleLines()) {
            y += titleFont;
            g.drawString(line, (float) margin, (float) y);
            y += titleFont * 0.2;
        }
        groups.end();
        for (FigurePanel panel : scene.panels()) {
            paintPanel(scene, panel, g, groups);
        }
        scene.legend().paint(g, groups);
        double captionFont = Math.max(font, 5);
        g.setColor(Color.BLACK);
        g.setFont(FigureFont.at(captionFont));
        double cy = scene.captionArea().getY();
        groups.begin(FigureGroups.text("caption"));
        for (String line : scene.captionLines()) {
            cy += captionFont;
            g.drawString(line, (float) scene.captionArea().getX(), (float) cy);
            cy += captionFont * 0.25;
        }
        groups.end();
    }

    /** A node's border: thick and black when significant, else thin and dark grey. */
    static void strokeBorder(Graphics2D g, Shape outline, boolean significant, double font) {
        g.setColor(significant ? Color.BLACK : BORDER);
        g.setStroke(new BasicStroke((float) (font * (significant ? 0.3 : 0.09)), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER));
        g.draw(outline);
    }

    private static void paintPanel(FigureScene scene, FigurePanel panel, Graphics2D g, DrawingGroups groups) {
        double font = scene.fontSize();
        Rectangle2D area = panel.area();
        if (!panel.heading().isEmpty()) {
            g.setColor(Color.BLACK);
            g.setFont(FigureFont.at(font * 1.25));
            g.drawString(panel.heading(), (float) area.getX(), (float) (area.getY() - font * 0.6));
        }
        AffineTransform saved = g.getTransform();
        g.translate(area.getX(), area.getY());
        Map<String, Shape> outlines = new HashMap<>();
        for (SceneNode n : scene.nodes()) {
            outlines.put(n.node().id(), NodeGlyphs.outline(n));
        }
        paintEdges(scene.edges(), g, font, groups);
        Overlay overlay = scene.overlay().orElse(null);
        Map<String, NodeOverlay> values = new HashMap<>();
        if (overlay != null) {
            overlay.nodes().forEach(n -> values.put(n.nodeId(), n));
        }
        DivergingScale scale = new DivergingScale(scene.options().colourLimit());
        boolean stripes = overlay != null && scene.options().display() == ConditionDisplay.STRIPES;
        for (SceneNode n : scene.nodes()) {
            groups.begin(FigureGroups.node(n.node(), panel.heading()));
            NodeOverlay value = values.get(n.node().id());
            paintNode(g, n, outline(outlines, n.node().id()), overlay, value, panel.condition(), stripes, scale, font);
            // Cell-type dot strips take the member strips' place under the nodes.
            if (overlay != null && value != null && value.hasMembers() && scene.cellTypeDots().isEmpty()) {
                List<Integer> drawn = stripes ? IntStream.range(0, overlay.conditions().size()).boxed().toList()
                        : List.of(panel.condition());
                MemberCells.paint(g, n.stripe(), value, drawn, overlay.conditions(), stripes, scale, font, groups);
            }
            if (n.hasStripe()) {
                scene.cellTypeDots().ifPresent(dots -> dots.paint(g, n, font));
            }
            groups.end();
        }
        scene.badges().ifPresent(badges -> {
            for (SceneNode n : scene.nodes()) {
                if (n.hasBadges()) {
                    groups.begin(FigureGroups.badges(n.node()));
                    badges.paint(g, n.node(), n.badges(), font);
                    groups.end();
                }
            }
        });
        g.setTransform(saved);
    }

    private static void paintEdges(List<DrawnEdge> edges, Graphics2D g, double font, DrawingGroups groups) {
        for (DrawnEdge e : edges) {
            // Every edge gets its group, even one hidden because its nodes overlap, so groups and edges correspond.
            groups.begin(FigureGroups.edge(e.edge()));
            EdgePainter.paint(g, e, font);
            groups.end();
        }
    }

    /** The outline of a node of the scene; every node has one. */
    private static Shape outline(Map<String, Shape> outlines, String nodeId) {
        return Objects.requireNonNull(outlines.get(nodeId), nodeId);
    }

    private static void paintNode(Graphics2D g, SceneNode n, Shape outline, @Nullable Overlay overlay,
                                  @Nullable NodeOverlay values,
                                  int condition, boolean stripes, DivergingScale scale, double font) {
        NodeFill look;
        if (overlay == null) {
            look = NodeFill.ofKind(n.node().kind());
        } else if (stripes || !n.node().kind().isGeneBased() || (values != null && values.hasMembers())) {
            look = NodeFill.plain();
        } else {
            look = NodeFill.ofValue(values == null ? Measurement.MISSING : values.measurements().get(condition), scale);
        }
        if (look.notExpressed()) {
            NotExpressed.paint(g, outline, font);
        } else {
            g.setColor(look.fill());
            g.fill(outline);
        }
        strokeBorder(g, outline, look.significant(), font);
        // A label below its icon stands on the page, not on the fill.
        g.setColor(NodeGlyphs.labelBelow(n.node().kind()) ? NodeFill.plain().text() : look.text());
        g.setFont(FigureFont.at(font));
        Rectangle2D label = n.labelBox();
        double lineHeight = font * 1.15;
        double y = label.getY();
        for (String line : n.labelLines()) {
            double w = FigureFont.width(line, font);
            g.drawString(line, (float) (label.getCenterX() - w / 2), (float) (y + font * 0.88));
            y += lineHeight;
        }
        if (stripes && overlay != null && n.hasStripe() && !(values != null && values.hasMembers())) {
            paintStripe(g, n.stripe(), values, overlay.conditions().size(), scale, font);
        }
    }

    private static void paintStripe(Graphics2D g, Rectangle2D stripe, @Nullable NodeOverlay values, int cells,
                                    DivergingScale scale, double font) {
        double w = stripe.getWidth() / cells;
        for (int i = 0; i < cells; i++) {
            Measurement m = values == null ? Measurement.MISSING : values.measurements().get(i);
            Rectangle2D cell = new Rectangle2D.Double(stripe.getX() + i * w, stripe.getY(), w, stripe.getHeight());
            if (m.notExpressed()) {
                NotExpressed.paint(g, cell, font);
            } else {
                g.setColor(scale.colour(m.value()));
                g.fill(cell);
            }
        }
        g.setColor(BORDER);
        g.setStroke(new BasicStroke((float) (font * 0.06)));
        g.draw(stripe);
        for (int i = 0; i < cells; i++) {
            Measurement m = values == null ? Measurement.MISSING : values.measurements().get(i);
            if (NodeFill.isSignificant(m)) {
                Rectangle2D cell = new Rectangle2D.Double(stripe.getX() + i * w, stripe.getY(), w, stripe.getHeight());
                strokeBorder(g, cell, true, font * 0.6);
            }
        }
    }
}
