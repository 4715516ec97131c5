package org.senescope.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.jr.ob.JSON;
import org.senescope.export.EvidenceStyle;
import org.senescope.export.NetworkStyle;
import org.senescope.model.EvidenceType;
import org.senescope.render.EvidenceLevels;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.render.CellTypeDots;
import org.senescope.render.DecimalText;
import org.senescope.render.DivergingScale;
import org.senescope.render.NotExpressed;
import org.senescope.render.FigureScene;
import org.senescope.render.FigureWriter;
import org.senescope.render.FoldChangeText;
import org.senescope.render.ModuleBadges;
import org.senescope.render.recipe.RecipeFile;

/**
 * Writes the interactive page: one HTML file holding Cytoscape.js (read from the webjar on the class path), the
 * network's elements with the figure's positions, outlines, label lines, edge routes and colours, the legend and
 * caption, and a side panel for the clicked node's values or edge's evidence. Nothing is loaded from elsewhere.
 * Data reach the page as JSON with every {@code <} written as a JSON Unicode escape (so no name can close the script
 * or open a comment that keeps it open), and the panel writes them as text, never as markup. Stateless and
 * thread-safe.
 */
public final class HtmlPageWriter implements FigureWriter {

    private static final String TEMPLATE = "/org/senescope/render/html/page.html";

    @Override
    public void write(FigureScene scene, OutputStream out) throws IOException {
        String data = JSON.std.asString(PageData.of(scene)).replace("<", "\\u003c");
        String title = scene.titleLines().isEmpty() ? scene.network().name() : String.join(" ", scene.titleLines());
        String page = resource(TEMPLATE)
                .replace("{{title}}", escape(title))
                .replace("{{caption}}", escape(CellTypeDots.pageCaption(scene)))
                .replace("{{legend}}", legend(scene))
                .replace("{{cytoscape}}", cytoscapeJs().replace("</script", "<\\/script"))
                .replace("{{data}}", data);
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Cytoscape.js as the webjar ships it, licence comment included. */
    static String cytoscapeJs() {
        String version = RecipeFile.libraryVersions().getOrDefault("cytoscape.js", "");
        String path = "/META-INF/resources/webjars/cytoscape/" + version + "/dist/cytoscape.min.js";
        return resource(path);
    }

    private static String legend(FigureScene scene) {
        StringBuilder s = new StringBuilder();
        scene.overlay().ifPresent(o -> {
            String stops = DivergingScale.colours().stream().map(PageData::hex).collect(Collectors.joining(", "));
            String limit = trim(scene.options().colourLimit());
            s.append("<div class=\"block\"><b>Colour</b><div>").append(escape(FoldChangeText.legendLabel(o.valueLabel(), o.conditions()))).append("</div>")
                    .append("<div class=\"bar\" style=\"background: linear-gradient(to right, ").append(stops)
                    .append(")\"></div><div class=\"ticks\"><span>\u2264 \u2212").append(limit)
                    .append("</span><span>0</span><span>\u2265 +").append(limit).append("</span></div>")
                    .append("<div><span class=\"sw\" style=\"background:").append(PageData.hex(DivergingScale.MISSING))
                    .append("\"></span> not measured</div>")
                    .append(NotExpressed.any(o) ? "<div><span class=\"sw\" style=\"background:"
                            + PageData.hex(NotExpressed.FILL) + "\"></span> not expressed (below --min-expression)</div>"
                            : "")
                    .append("<div><span class=\"sw thick\"></span> adjusted p &lt; 0.05</div></div>");
        });
        scene.badges().ifPresent(b -> s.append(moduleBlock(b)));
        scene.cellTypes().ifPresent(c -> s.append(cellTypeBlock(c)));
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        scene.network().nodes().stream().map(Node::kind).forEach(kinds::add);
        s.append("<div class=\"block\"><b>Node kind</b>");
        for (NodeKind k : kinds) {
            NetworkStyle.NodeLook look = NetworkStyle.nodeLook(k);
            s.append("<div><span class=\"sw\" style=\"background:").append(look.fillColor()).append("\"></span> ")
                    .append(escape(k.label())).append(" (").append(look.shape().cx2Name()).append(")</div>");
        }
        s.append("</div><div class=\"block\"><b>Edge</b><div>\u2192 activates</div><div>\u22a3 inhibits</div>"
                + "<div>\u2014 binds, part of, marks (no sign)</div></div>");
        s.append("<div class=\"block\"><b>Evidence</b>");
        for (EvidenceType level : EvidenceLevels.present(scene.network())) {
            s.append("<div data-level=\"").append(escape(level.label())).append("\">")
                    .append(sample(EvidenceStyle.look(level))).append(' ')
                    .append(escape(EvidenceLevels.describe(level))).append(" <span class=\"count\"></span></div>");
        }
        return s.append("</div>").toString();
    }

    /** A short line drawn as the edges of one evidence level are, for the legend. */
    private static String sample(EvidenceStyle.EvidenceLook look) {
        String dashes = switch (look.lineStyle().cx2Name()) {
            case "dashed" -> " stroke-dasharray=\"6 4\"";
            case "dotted" -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
        return "<svg class=\"line\" width=\"36\" height=\"10\"><line x1=\"0\" y1=\"5\" x2=\"36\" y2=\"5\" stroke=\""
                + look.color() + "\" stroke-width=\"" + trim(look.width()) + "\" stroke-opacity=\""
                + trim(look.opacity()) + "\"" + dashes + "/></svg>";
    }

    /** The module scores: one swatch per module of the network, numbered as in the figure. */
    private static String moduleBlock(ModuleBadges badges) {
        var scores = badges.scores();
        String stops = DivergingScale.colours().stream().map(PageData::hex).collect(Collectors.joining(", "));
        String limit = trim(badges.scale().limit());
        StringBuilder s = new StringBuilder("<div class=\"block\"><b>")
                .append(escape("Module scores (" + scores.methodName() + " " + scores.statistic() + ", "
                        + scores.qLabel() + ")")).append("</b>")
                .append("<div class=\"bar\" style=\"background: linear-gradient(to right, ").append(stops)
                .append(")\"></div><div class=\"ticks\"><span>\u2264 \u2212").append(limit)
                .append("</span><span>0</span><span>\u2265 +").append(limit).append("</span></div>");
        for (var m : badges.modules()) {
            s.append("<div><span class=\"sw").append(badges.significant(m.id()) ? " thick" : "")
                    .append("\" style=\"background:").append(PageData.hex(badges.colour(m.id()))).append("\"></span> ")
                    .append(badges.number(m.id())).append(" ").append(escape(badges.describe(m))).append("</div>");
        }
        return s.append("</div>").toString();
    }

    /** The cell types with their numbers of cells, and where their values are shown. */
    private static String cellTypeBlock(NodeCellTypes values) {
        StringBuilder s = new StringBuilder("<div class=\"block\" id=\"cellTypeLegend\"><b>")
                .append(escape("Cell types (" + values.column() + ")")).append("</b>")
                .append("<div>click a gene node measured in the data for its</div>")
                .append("<div>fraction of cells expressing and mean expression per type</div>");
        for (int t = 0; t < values.types().size(); t++) {
            s.append("<div>").append(t + 1).append(' ').append(escape(values.types().get(t))).append(" (")
                    .append(String.format(Locale.ROOT, "%,d", values.cells().get(t))).append(" cells)</div>");
        }
        return s.append("</div>").toString();
    }

    private static String trim(double v) {
        return DecimalText.of(v, 2);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlPageWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
