package org.senescope.model.style;

import java.util.List;
import java.util.Objects;

import org.senescope.model.style.VisualStyleSpec.ContinuousMapping;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Setting;

/**
 * One whole visual style as a program that builds styles (the Cytoscape adapter) needs it: its title, its defaults
 * and its mappings, applied in the order given (defaults, discrete, passthrough, continuous: a later mapping of a
 * property replaces an earlier one), and the two Cytoscape dependencies Senescope sets. Immutable; nulls are not
 * accepted.
 *
 * @param title                 the style's title, unique among a session's styles
 * @param defaults              the default value of each property, each property once
 * @param discrete              discrete mappings
 * @param passthrough           passthrough mappings
 * @param continuous            continuous mappings
 * @param nodeSizeLocked        whether node width and height are tied together
 * @param arrowColorMatchesEdge whether arrows take the edge colour
 */
public record StyleDefinition(String title, List<Setting> defaults, List<DiscreteMapping> discrete,
                              List<PassthroughMapping> passthrough, List<ContinuousMapping> continuous,
                              boolean nodeSizeLocked, boolean arrowColorMatchesEdge) {

    public StyleDefinition {
        Objects.requireNonNull(title, "title");
        defaults = List.copyOf(defaults);
        discrete = List.copyOf(discrete);
        passthrough = List.copyOf(passthrough);
        continuous = List.copyOf(continuous);
        if (defaults.stream().map(Setting::property).distinct().count() != defaults.size()) {
            throw new IllegalArgumentException("a property has two defaults in style " + title);
        }
    }
}
