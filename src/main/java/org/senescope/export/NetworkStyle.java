package org.senescope.export;

import static org.senescope.model.style.VisualStyleSpec.ValueKind.DOUBLE;
import static org.senescope.model.style.VisualStyleSpec.ValueKind.INTEGER;
import static org.senescope.model.style.VisualStyleSpec.ValueKind.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.Setting;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.model.Edge;
import org.senescope.model.NodeKind;
import org.senescope.model.Sign;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.Columns;
import org.senescope.model.style.StyleDefinition;

/**
 * Senescope's visual style, decided once here and written by every styled format (CX2, XGMML graphics, Cytoscape
 * Style XML), so they cannot drift apart.
 *
 * <ul>
 *   <li>Nodes: one shape and one fill per {@link NodeKind} (see {@link #nodeLook}); fills are the Okabe–Ito
 *       colour-blind-safe palette (its eight colours and its grey), labels black except white on the dark blue of
 *       gene families and the black of therapies. Kind by kind: gene ellipse sky blue, gene family round rectangle
 *       blue, complex hexagon bluish green, cell type diamond orange, process rectangle yellow, phenotype octagon
 *       reddish purple, drug class triangle vermilion, therapy parallelogram black, disease vee grey.</li>
 *   <li>Edges: the target arrow shows the sign (triangle for +, tee bar for −, none for 0, which every binding,
 *       membership and association has); line style, colour, width and opacity show the edge's evidence level as
 *       {@link EvidenceStyle} decides (negative findings dashed and grey, {@value #NEGATIVE_FINDING_EDGE_COLOR}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NetworkStyle {

    /** The title of the style in Cytoscape. */
    public static final String STYLE_NAME = "Senescope";

    public static final Value SHAPE_ELLIPSE = new Value("ellipse", "ELLIPSE");
    public static final Value SHAPE_ROUND_RECTANGLE = new Value("round-rectangle", "ROUND_RECTANGLE");
    public static final Value SHAPE_HEXAGON = new Value("hexagon", "HEXAGON");
    public static final Value SHAPE_DIAMOND = new Value("diamond", "DIAMOND");
    public static final Value SHAPE_RECTANGLE = new Value("rectangle", "RECTANGLE");
    public static final Value SHAPE_OCTAGON = new Value("octagon", "OCTAGON");
    public static final Value SHAPE_TRIANGLE = new Value("triangle", "TRIANGLE");
    /** The CX2 style specification names it {@code parallelogram}; Cytoscape Web calls it {@code rhomboid} internally. */
    public static final Value SHAPE_PARALLELOGRAM = new Value("parallelogram", "PARALLELOGRAM");
    /** Drawn by Cytoscape Desktop's renderer (not its core API); CX2 and Cytoscape Web list it as {@code vee}. */
    public static final Value SHAPE_VEE = new Value("vee", "VEE");
    public static final Value ARROW_TRIANGLE = new Value("triangle", "DELTA");
    public static final Value ARROW_TEE = new Value("tee", "T");
    public static final Value ARROW_NONE = new Value("none", "NONE");
    public static final Value LINE_SOLID = new Value("solid", "SOLID");
    public static final Value LINE_DASHED = new Value("dashed", "EQUAL_DASH");

    public static final String EDGE_COLOR = "#404040";
    public static final String NEGATIVE_FINDING_EDGE_COLOR = "#9E9E9E";
    public static final double EDGE_WIDTH = 2.0;
    public static final double BACKGROUND_ONLY_EDGE_WIDTH = 1.0;
    public static final double NODE_WIDTH = 90.0;
    public static final double NODE_HEIGHT = 40.0;
    public static final String NODE_BORDER_COLOR = "#333333";
    public static final double NODE_BORDER_WIDTH = 1.0;

    public static final Property NETWORK_BACKGROUND = Property.of("NETWORK_BACKGROUND_COLOR", "NETWORK_BACKGROUND_PAINT", TEXT);
    public static final Property NODE_SHAPE = Property.of("NODE_SHAPE", "NODE_SHAPE", TEXT);
    public static final Property NODE_FILL = Property.of("NODE_BACKGROUND_COLOR", "NODE_FILL_COLOR", TEXT);
    public static final Property NODE_LABEL = Property.of("NODE_LABEL", "NODE_LABEL", TEXT);
    public static final Property NODE_LABEL_COLOR = Property.of("NODE_LABEL_COLOR", "NODE_LABEL_COLOR", TEXT);
    public static final Property NODE_LABEL_FONT_SIZE = Property.of("NODE_LABEL_FONT_SIZE", "NODE_LABEL_FONT_SIZE", INTEGER);
    public static final Property NODE_LABEL_MAX_WIDTH = Property.of("NODE_LABEL_MAX_WIDTH", "NODE_LABEL_WIDTH", DOUBLE);
    public static final Property NODE_WIDTH_PROPERTY = Property.of("NODE_WIDTH", "NODE_WIDTH", DOUBLE);
    public static final Property NODE_HEIGHT_PROPERTY = Property.of("NODE_HEIGHT", "NODE_HEIGHT", DOUBLE);
    public static final Property NODE_BORDER = Property.of("NODE_BORDER_COLOR", "NODE_BORDER_PAINT", TEXT);
    public static final Property NODE_BORDER_WIDTH_PROPERTY = Property.of("NODE_BORDER_WIDTH", "NODE_BORDER_WIDTH", DOUBLE);
    public static final Property EDGE_TARGET_ARROW = Property.of("EDGE_TARGET_ARROW_SHAPE", "EDGE_TARGET_ARROW_SHAPE", TEXT);
    public static final Property EDGE_SOURCE_ARROW = Property.of("EDGE_SOURCE_ARROW_SHAPE", "EDGE_SOURCE_ARROW_SHAPE", TEXT);
    public static final Property EDGE_LINE_STYLE = Property.of("EDGE_LINE_STYLE", "EDGE_LINE_TYPE", TEXT);
    public static final Property EDGE_LINE_COLOR = new Property("EDGE_LINE_COLOR",
            List.of("EDGE_UNSELECTED_PAINT", "EDGE_STROKE_UNSELECTED_PAINT"), TEXT);
    public static final Property EDGE_TARGET_ARROW_COLOR = Property.of("EDGE_TARGET_ARROW_COLOR",
            "EDGE_TARGET_ARROW_UNSELECTED_PAINT", TEXT);
    public static final Property EDGE_WIDTH_PROPERTY = Property.of("EDGE_WIDTH", "EDGE_WIDTH", DOUBLE);

    /** Cytoscape's editor setting: node width and height are set apart. */
    public static final boolean NODE_SIZE_LOCKED = false;
    /** Cytoscape's editor setting: arrows take the edge colour. */
    public static final boolean ARROW_COLOR_MATCHES_EDGE = true;

    private static final Column KIND = new Column(Columns.KIND, ColumnType.STRING, "node kind");
    private static final Column NAME = new Column(Columns.NAME, ColumnType.STRING, "node label");
    private static final Column SIGN = new Column(Columns.SIGN, ColumnType.STRING, "edge sign");

    /** How nodes of one kind look: shape, fill and label colour ({@code #RRGGBB}). */
    public record NodeLook(Value shape, String fillColor, String labelColor) {
        public NodeLook {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(fillColor, "fillColor");
            Objects.requireNonNull(labelColor, "labelColor");
        }
    }

    /** How one edge looks, every mapping applied. */
    public record EdgeLook(Value targetArrow, EvidenceStyle.EvidenceLook evidence) {
        public EdgeLook {
            Objects.requireNonNull(targetArrow, "targetArrow");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    private NetworkStyle() {
    }

    public static NodeLook nodeLook(NodeKind kind) {
        return switch (kind) {
            case GENE -> new NodeLook(SHAPE_ELLIPSE, "#56B4E9", "#000000");
            case GENE_FAMILY -> new NodeLook(SHAPE_ROUND_RECTANGLE, "#0072B2", "#FFFFFF");
            case COMPLEX -> new NodeLook(SHAPE_HEXAGON, "#009E73", "#000000");
            case CELL_TYPE -> new NodeLook(SHAPE_DIAMOND, "#E69F00", "#000000");
            case PROCESS -> new NodeLook(SHAPE_RECTANGLE, "#F0E442", "#000000");
            case PHENOTYPE -> new NodeLook(SHAPE_OCTAGON, "#CC79A7", "#000000");
            case DRUG_CLASS -> new NodeLook(SHAPE_TRIANGLE, "#D55E00", "#000000");
            case THERAPY -> new NodeLook(SHAPE_PARALLELOGRAM, "#000000", "#FFFFFF");
            case DISEASE -> new NodeLook(SHAPE_VEE, "#999999", "#000000");
        };
    }

    public static Value targetArrow(Sign sign) {
        return switch (sign) {
            case POSITIVE -> ARROW_TRIANGLE;
            case NEGATIVE -> ARROW_TEE;
            case NONE -> ARROW_NONE;
        };
    }

    /** The look the edge mappings give {@code edge}; XGMML graphics carry it per edge. */
    public static EdgeLook edgeLook(Edge edge) {
        return new EdgeLook(edge.relation().isSigned() ? targetArrow(edge.sign()) : ARROW_NONE,
                EvidenceStyle.look(edge.evidenceLevel()));
    }

    public static List<Setting> networkDefaults() {
        return List.of(new Setting(NETWORK_BACKGROUND, Value.same("#FFFFFF")));
    }

    public static List<Setting> nodeDefaults() {
        return List.of(
                new Setting(NODE_SHAPE, SHAPE_ELLIPSE),
                new Setting(NODE_FILL, Value.same("#DDDDDD")),
                new Setting(NODE_LABEL, Value.same("")),
                new Setting(NODE_LABEL_COLOR, Value.same("#000000")),
                new Setting(NODE_LABEL_FONT_SIZE, Value.same("11")),
                new Setting(NODE_LABEL_MAX_WIDTH, Value.number(85.0)),
                new Setting(NODE_WIDTH_PROPERTY, Value.number(NODE_WIDTH)),
                new Setting(NODE_HEIGHT_PROPERTY, Value.number(NODE_HEIGHT)),
                new Setting(NODE_BORDER, Value.same(NODE_BORDER_COLOR)),
                new Setting(NODE_BORDER_WIDTH_PROPERTY, Value.number(NODE_BORDER_WIDTH)));
    }

    public static List<Setting> edgeDefaults() {
        return List.of(
                new Setting(EDGE_TARGET_ARROW, ARROW_NONE),
                new Setting(EDGE_SOURCE_ARROW, ARROW_NONE),
                new Setting(EDGE_LINE_STYLE, LINE_SOLID),
                new Setting(EDGE_LINE_COLOR, Value.same(EDGE_COLOR)),
                new Setting(EDGE_TARGET_ARROW_COLOR, Value.same(EDGE_COLOR)),
                new Setting(EDGE_WIDTH_PROPERTY, Value.number(EDGE_WIDTH)),
                new Setting(EvidenceStyle.EDGE_OPACITY, new Value("1.0", "255")));
    }

    /** Shape, fill and label colour by {@link Columns#KIND}. */
    public static List<DiscreteMapping> nodeMappings() {
        return List.of(
                byKind(NODE_SHAPE, NodeLook::shape),
                byKind(NODE_FILL, look -> Value.same(look.fillColor())),
                byKind(NODE_LABEL_COLOR, look -> Value.same(look.labelColor())));
    }

    /** The label shows {@link Columns#NAME}. */
    public static PassthroughMapping nodeLabel() {
        return new PassthroughMapping(NODE_LABEL, NAME);
    }

    /**
     * Arrow by {@link Columns#SIGN}; line style, colour, width and opacity by {@link Columns#EVIDENCE_LEVEL} (see
     * {@link EvidenceStyle}).
     */
    public static List<DiscreteMapping> edgeMappings() {
        List<Entry> arrows = Arrays.stream(Sign.values()).map(s -> new Entry(s.symbol(), targetArrow(s))).toList();
        return Stream.concat(Stream.of(new DiscreteMapping(EDGE_TARGET_ARROW, SIGN, arrows)),
                EvidenceStyle.mappings().stream()).toList();
    }

    /** The whole style, for programs that build styles from it (the Cytoscape adapter). */
    public static StyleDefinition definition() {
        return definition(STYLE_NAME);
    }

    /** The whole style under {@code title}: defaults, node and edge mappings, the label, the dependencies. */
    static StyleDefinition definition(String title) {
        List<Setting> defaults = Stream.of(networkDefaults(), nodeDefaults(), edgeDefaults()).flatMap(List::stream)
                .toList();
        List<DiscreteMapping> discrete = Stream.concat(nodeMappings().stream(), edgeMappings().stream()).toList();
        return new StyleDefinition(title, defaults, discrete, List.of(nodeLabel()), List.of(), NODE_SIZE_LOCKED,
                ARROW_COLOR_MATCHES_EDGE);
    }

    private static DiscreteMapping byKind(Property property, Function<NodeLook, Value> part) {
        List<Entry> entries = Arrays.stream(NodeKind.values())
                .map(kind -> new Entry(kind.label(), part.apply(nodeLook(kind))))
                .toList();
        return new DiscreteMapping(property, KIND, entries);
    }
}
