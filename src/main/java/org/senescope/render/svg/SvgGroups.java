package org.senescope.render.svg;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.senescope.render.DrawingGroup;
import org.senescope.render.DrawingGroups;

/**
 * Turns a drawing's groups into SVG {@code <g>} elements through JFreeSVG's group hints: {@code id} from the role and
 * name, {@code class} the role, and one {@code data-} attribute for each datum. JFreeSVG writes the id as given and
 * escapes the other values ({@code < > & ' "}), so the id is made a valid XML name here (letters, digits, {@code -},
 * {@code _} and {@code .}; any other run of characters becomes one {@code _}) and unique in the document (a second
 * {@code node-A} becomes {@code node-A-2}). Serves one drawing.
 */
final class SvgGroups implements DrawingGroups {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._-]+");
    private final SVGGraphics2D svg;
    private final Set<String> ids = new HashSet<>();

    SvgGroups(SVGGraphics2D svg) {
        this.svg = svg;
    }

    @Override
    public void begin(DrawingGroup group) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", uniqueId(group));
        attributes.put("class", group.role());
        group.data().forEach((name, value) -> attributes.put("data-" + name, value));
        svg.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }

    @Override
    public void end() {
        svg.setRenderingHint(SVGHints.KEY_END_GROUP, true);
    }

    /** The role (which starts with a letter, so the id does), then the name made an XML name, made unique. */
    private String uniqueId(DrawingGroup group) {
        String name = NOT_ID.matcher(group.name().strip()).replaceAll("_");
        String base = name.isEmpty() ? group.role() : group.role() + "-" + name;
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
