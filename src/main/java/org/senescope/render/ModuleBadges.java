package org.senescope.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.cell.ModuleCellTypeScores;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;

/**
 * How module scores appear in a figure: each node carries a row of small numbered squares under it, one per module it
 * belongs to that was scored, filled by the module's score on a diverging scale and outlined thick when the module's
 * q is below {@link NodeFill#SIGNIFICANCE}; the legend maps numbers to modules. A module's number is its place in the
 * network's module list, counted from 1, so it does not depend on which modules were tested. Badges of per-cell
 * scores summarised per cell type ({@link #withStrips}) are white instead, each as wide as the strip of per-type
 * medians attached under it ({@link ModuleTypeStrips}). Immutable and thread-safe; get one from
 * {@link FigureScene#badges()}.
 */
public final class ModuleBadges {

    private final Network network;
    private final ModuleScores scores;
    private final DivergingScale scale;
    private final @Nullable ModuleTypeStrips strips;
    private final Map<String, Integer> numbers = new HashMap<>();

    /** @throws IllegalArgumentException when {@code scores} names a module the network lacks */
    ModuleBadges(Network network, ModuleScores scores) {
        this(network, scores, null);
        scores.scores().forEach(s -> requireModule(network, s.moduleId()));
    }

    private ModuleBadges(Network network, ModuleScores scores, @Nullable ModuleTypeStrips strips) {
        this.network = Objects.requireNonNull(network, "network");
        this.scores = Objects.requireNonNull(scores, "scores");
        this.strips = strips;
        this.scale = new DivergingScale(scores.colourLimit());
        List<Module> modules = network.modules();
        for (int i = 0; i < modules.size(); i++) {
            numbers.put(modules.get(i).id(), i + 1);
        }
    }

    /**
     * Badges carrying strips of per-cell-type median scores; {@link #scores()} is then empty (no module was tested).
     *
     * @throws IllegalArgumentException when {@code values} names a module the network lacks
     */
    static ModuleBadges withStrips(Network network, ModuleCellTypeScores values) {
        values.medians().keySet().forEach(id -> requireModule(network, id));
        return new ModuleBadges(network, new ModuleScores(values.method(), values.method() + " per-cell scores",
                "median", "q", values.column(), List.of()), new ModuleTypeStrips(values));
    }

    private static void requireModule(Network network, String moduleId) {
        if (network.modules().stream().noneMatch(m -> m.id().equals(moduleId))) {
            throw new IllegalArgumentException("the module scores name module " + moduleId
                    + ", which the network lacks");
        }
    }

    /** The strips of per-cell-type medians under the badges, empty for badges coloured by module scores. */
    Optional<ModuleTypeStrips> strips() {
        return Optional.ofNullable(strips);
    }

    public ModuleScores scores() {
        return scores;
    }

    public DivergingScale scale() {
        return scale;
    }

    /** The side of one badge at label size {@code font}. */
    static double side(double font) {
        return font * 1.25;
    }

    /** The width of one badge, with its strip when it has one. */
    double width(double font) {
        return strips == null ? side(font) : strips.width(font);
    }

    /** The height of the badge row: a badge, and its strip when it has one. */
    double height(double font) {
        return strips == null ? side(font) : side(font) + ModuleTypeStrips.height(font);
    }

    /** The space between badges, and between a node and its badge row. */
    static double gap(double font) {
        return font * 0.2;
    }

    /** The modules of {@code node} that have a score, in the node's module order. */
    public List<String> scoredModulesOf(Node node) {
        return node.modules().stream().filter(m -> strips == null ? scores.of(m).isPresent()
                : strips.values().scored(m)).toList();
    }

    /** The width of a row of {@code count} badges. */
    double rowWidth(int count, double font) {
        return count == 0 ? 0 : count * width(font) + (count - 1) * gap(font);
    }

    /**
     * The module's number on the badges and in the legend.
     *
     * @throws IllegalArgumentException when the network has no such module
     */
    public int number(String moduleId) {
        Integer number = numbers.get(moduleId);
        if (number == null) {
            throw new IllegalArgumentException("no module '" + moduleId + "' in the network");
        }
        return number;
    }

    /** The colour of a module's badge; grey when the module was not tested or has no value. */
    public Color colour(String moduleId) {
        if (strips != null) {
            return Color.WHITE;
        }
        return scale.colour(scores.of(moduleId).map(ModuleScore::value).orElse(Double.NaN));
    }

    /** Whether the module's q is below {@link NodeFill#SIGNIFICANCE} (a thick outline). */
    public boolean significant(String moduleId) {
        return strips == null && scores.of(moduleId).map(s -> s.q() < NodeFill.SIGNIFICANCE).orElse(false);
    }

    /** The legend's words for one module: its label and, when tested, its score and q. */
    public String describe(Module module) {
        return scores.of(module.id())
                .map(s -> module.label() + ": " + scores.statistic() + " " + valueText(s.value()) + ", "
                        + scores.qLabel() + " " + pText(s.q()))
                .orElse(module.label() + ": not tested");
    }

    /** Every module of the network, in its order: badge numbers count from 1 in this order. */
    public List<Module> modules() {
        return network.modules();
    }

    /** A score with two decimals and a true minus sign; NA when missing. */
    static String valueText(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v).replace('-', '\u2212');
    }

    /** A p- or q-value in two significant digits, scientific below 1e-4; NA when missing. */
    static String pText(double p) {
        return Double.isNaN(p) ? "NA" : String.format(Locale.ROOT, "%.2g", p);
    }

    /** Draws the badges of {@code node} in {@code row}, left to right. */
    void paint(Graphics2D g, Node node, Rectangle2D row, double font) {
        List<String> modules = scoredModulesOf(node);
        double x = row.getX();
        for (String m : modules) {
            paintBadge(g, new Rectangle2D.Double(x, row.getY(), width(font), side(font)), number(m), colour(m),
                    significant(m), font);
            if (strips != null) {
                strips.paint(g, m, strip(row, x, font), font);
            }
            x += width(font) + gap(font);
        }
    }

    /** The strip under the badge at {@code x} of {@code row}: as wide as the badge and touching its bottom. */
    Rectangle2D strip(Rectangle2D row, double x, double font) {
        return new Rectangle2D.Double(x, row.getY() + side(font), width(font), ModuleTypeStrips.height(font));
    }

    /** The strip boxes of {@code node}'s badges in {@code row}, in the node's module order; none without strips. */
    List<Rectangle2D> strips(Node node, Rectangle2D row, double font) {
        if (strips == null) {
            return List.of();
        }
        List<Rectangle2D> boxes = new java.util.ArrayList<>();
        double x = row.getX();
        for (int i = 0; i < scoredModulesOf(node).size(); i++) {
            boxes.add(strip(row, x, font));
            x += width(font) + gap(font);
        }
        return boxes;
    }

    /** One badge: the fill, the outline (thick when significant) and the module number, 0 for none. */
    static void paintBadge(Graphics2D g, Rectangle2D box, int number, Color fill, boolean significant, double font) {
        g.setColor(fill);
        g.fill(box);
        FigurePainter.strokeBorder(g, box, significant, font * 0.6);
        if (number > 0) {
            String text = Integer.toString(number);
            double size = font * 0.85;
            g.setColor(DivergingScale.textOn(fill));
            g.setFont(FigureFont.at(size));
            g.drawString(text, (float) (box.getCenterX() - FigureFont.width(text, size) / 2),
                    (float) (box.getCenterY() + size * 0.35));
        }
    }
}
