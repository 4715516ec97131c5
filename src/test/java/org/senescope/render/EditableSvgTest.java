package org.senescope.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.Position;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVG read back with the JDK's XML parser (secure processing on): one group per node, edge and legend item, named
 * by data attributes, text as text, ids valid and unique, hostile labels escaped; the groups do not change the picture.
 */
class EditableSvgTest {

    /** An XML name as the SVG ids are made: ASCII letters, digits, '.', '-' and '_', not starting with a digit. */
    private static final Pattern XML_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final String HOSTILE = "<&\"'> x";

    private final FigureScene scene = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
            SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES));

    @Test
    void everyNodeIsOneGroupWithItsIdKindLabelAndItsLabelAsText() throws Exception {
        Document doc = parse(scene);
        List<Element> groups = groups(doc, "node");
        assertEquals(scene.network().nodes().size(), groups.size());
        Map<String, Element> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.getAttribute("data-id"), g));
        for (SceneNode n : scene.nodes()) {
            Element g = byId.get(n.node().id());
            assertEquals(n.node().kind().label(), g.getAttribute("data-kind"), n.node().id());
            assertEquals(n.node().label(), g.getAttribute("data-label"), n.node().id());
            assertEquals(n.labelLines(), texts(g), "the label lines are <text> in the node's group");
        }
        Element tp53 = byId.get("TP53");
        assertEquals("node-TP53", tp53.getAttribute("id"));
        assertEquals("p53 (TP53)", tp53.getAttribute("data-label"));
        assertEquals("gene", tp53.getAttribute("data-kind"));
        assertTrue(tp53.getElementsByTagName("path").getLength() == 0
                && tp53.getElementsByTagName("text").getLength() == 1, "text is not outlined into paths");
    }

    @Test
    void everyDrawnEdgeIsOneGroupWithSourceTargetRelationAndEvidence() throws Exception {
        List<String> expected = scene.network().edges().stream().map(e -> e.sourceId() + "|" + e.targetId() + "|"
                + e.relation().label() + "|" + e.evidenceLevel().key()).sorted().toList();
        List<String> found = groups(parse(scene), "edge").stream().map(g -> g.getAttribute("data-source") + "|"
                + g.getAttribute("data-target") + "|" + g.getAttribute("data-relation") + "|"
                + g.getAttribute("data-evidence")).sorted().toList();
        assertEquals(expected, found);
        Edge first = scene.network().edges().get(0);
        assertTrue(found.contains(first.sourceId() + "|" + first.targetId() + "|" + first.relation().label() + "|"
                + first.evidenceLevel().key()));
    }

    @Test
    void edgesLeftOutByEvidenceHaveNoGroup() throws Exception {
        FigureScene findings = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES)
                        .withEvidence(EnumSet.of(org.senescope.model.EvidenceType.SEED_FINDING)));
        List<Element> edges = groups(parse(findings), "edge");
        assertEquals(findings.network().edges().size(), edges.size());
        assertTrue(edges.size() < scene.network().edges().size(), "the filter left some edges out");
        edges.forEach(g -> assertEquals("finding", g.getAttribute("data-evidence")));
    }

    @Test
    void everyLegendItemIsOneGroupSayingWhatItExplains() throws Exception {
        Document doc = parse(scene);
        List<Element> items = groups(doc, "legend-item");
        Set<NodeKind> kinds = scene.network().nodes().stream().map(Node::kind).collect(Collectors.toSet());
        // Colour: bar and "not measured"; Significance: 2; one per node kind; Edge: 3; one per evidence level.
        assertEquals(2 + 2 + kinds.size() + 3 + EvidenceLevels.present(scene.network()).size(), items.size());
        for (Element item : items) {
            assertEquals(item.getAttribute("data-explains"), texts(item).get(0), "its words are its first text");
        }
        List<String> activates = items.stream().filter(i -> i.getAttribute("data-explains").equals("activates"))
                .map(i -> i.getAttribute("data-block")).toList();
        assertEquals(List.of("Edge"), activates);
        assertEquals(List.of("Colour", "Significance", "Node kind", "Edge", "Evidence"),
                groups(doc, "legend-block").stream().map(b -> b.getAttribute("data-title")).toList());
    }

    @Test
    void idsAreUniqueValidXmlNames() throws Exception {
        List<String> ids = allIds(parse(scene));
        assertTrue(ids.size() > scene.network().nodes().size() + scene.network().edges().size());
        ids.forEach(id -> assertTrue(XML_ID.matcher(id).matches(), "not an XML name: " + id));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @Test
    void panelsRepeatEachNodeUnderItsOwnIdNamingTheCondition() throws Exception {
        FigureScene panels = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                SceneFixtures.options().withDisplay(ConditionDisplay.PANELS));
        Document doc = parse(panels);
        List<Element> tp53 = groups(doc, "node").stream().filter(g -> g.getAttribute("data-id").equals("TP53"))
                .toList();
        assertEquals(List.of("node-TP53_d2", "node-TP53_d4", "node-TP53_d8"),
                tp53.stream().map(g -> g.getAttribute("id")).toList());
        assertEquals(List.of("d2", "d4", "d8"), tp53.stream().map(g -> g.getAttribute("data-condition")).toList());
        assertEquals(3 * panels.network().nodes().size(), groups(doc, "node").size());
        List<String> ids = allIds(doc);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
    }

    @Test
    void hostileLabelsAndIdsAreEscapedAndMadeValidIds() throws Exception {
        Network base = SceneFixtures.network();
        List<Node> nodes = new ArrayList<>(base.nodes());
        Map<String, Position> layout = new HashMap<>(base.layout());
        // "X <&"'> x" and "X_x" both become the XML name X_x: the second gets a suffix.
        for (String id : List.of("X " + HOSTILE, "X_x")) {
            nodes.add(new Node(id, HOSTILE, NodeKind.PROCESS, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), ""));
            layout.put(id, new Position(0, 0));
        }
        Network hostile = new Network(base.name(), nodes, base.edges(), base.modules(), layout, base.sources(),
                base.provenance());
        Document doc = parse(FigureScene.compose(hostile, FigureOptions.defaults(HOSTILE, "data")));
        Map<String, Element> byId = new HashMap<>();
        groups(doc, "node").forEach(g -> byId.put(g.getAttribute("data-id"), g));
        Element first = byId.get("X " + HOSTILE);
        assertEquals("node-X_x", first.getAttribute("id"));
        assertEquals(HOSTILE, first.getAttribute("data-label"));
        assertEquals(List.of(HOSTILE), texts(first), "the label stays text");
        assertTrue(svg(FigureScene.compose(hostile, FigureOptions.defaults(HOSTILE, "data")))
                .contains("data-label='&lt;&amp;&quot;&apos;&gt; x'"), "escaped in the attribute as written");
        assertEquals("node-X_x-2", byId.get("X_x").getAttribute("id"));
        assertTrue(texts(groups(doc, "title").get(0)).contains(HOSTILE), "the title is escaped too");
    }

    @Test
    void groupsNestAndDoNotChangeThePicture() {
        Drawing drawing = Drawing.of(scene);
        int[] depth = {0, 0};
        DrawingGroups recording = new DrawingGroups() {
            @Override
            public void begin(DrawingGroup group) {
                depth[0]++;
                depth[1]++;
            }

            @Override
            public void end() {
                depth[0]--;
                assertTrue(depth[0] >= 0, "an end without a begin");
            }
        };
        BufferedImage grouped = new BufferedImage((int) Math.round(scene.width() * 2),
                (int) Math.round(scene.height() * 2), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grouped.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grouped.getWidth(), grouped.getHeight());
        DrawingHints.apply(g);
        g.scale(2, 2);
        drawing.draw(g, recording);
        g.dispose();
        assertEquals(0, depth[0], "every group ended");
        assertTrue(depth[1] > scene.network().nodes().size() + scene.network().edges().size());
        BufferedImage plain = PngFigureWriter.render(drawing, 144);
        for (int y = 0; y < plain.getHeight(); y++) {
            for (int x = 0; x < plain.getWidth(); x++) {
                if (plain.getRGB(x, y) != grouped.getRGB(x, y)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs");
                }
            }
        }
    }

    private static String svg(FigureScene scene) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(scene, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(FigureScene scene) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg(scene).getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code <g>} elements of one class, in document order. */
    private static List<Element> groups(Document doc, String role) {
        List<Element> found = new ArrayList<>();
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("class").equals(role)) {
                found.add(g);
            }
        }
        return found;
    }

    private static List<String> texts(Element group) {
        List<String> texts = new ArrayList<>();
        NodeList ts = group.getElementsByTagName("text");
        for (int i = 0; i < ts.getLength(); i++) {
            texts.add(ts.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> allIds(Document doc) {
        List<String> ids = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
