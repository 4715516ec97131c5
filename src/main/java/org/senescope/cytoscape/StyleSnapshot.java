package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.vizmap.VisualMappingFunction;
import org.cytoscape.view.vizmap.VisualMappingManager;
import org.cytoscape.view.vizmap.VisualPropertyDependency;
import org.cytoscape.view.vizmap.VisualStyle;
import org.jspecify.annotations.Nullable;
import org.senescope.model.style.StyleDefinition;

/**
 * What installing a style definition and setting it on some views can change, taken before: the registered styles,
 * the style each view has, and — when a style of the definition's title exists — its mappings, its defaults of the
 * properties the definition sets, and its dependencies. {@link #restore()} puts them back, so that a failure after the
 * style was updated leaves Cytoscape's styles as they were. Not thread-safe; call it from the task.
 */
final class StyleSnapshot {

    private record Existing(VisualStyle style, List<VisualMappingFunction<?, ?>> mappings,
                            Map<VisualProperty<?>, Object> defaults, Map<VisualPropertyDependency<?>, Boolean> locks) {
    }

    private final VisualMappingManager styles;
    private final Set<VisualStyle> registered;
    private final Map<CyNetworkView, @Nullable VisualStyle> styleOfView = new LinkedHashMap<>();
    private final Optional<Existing> existing;

    private StyleSnapshot(VisualMappingManager styles, Optional<Existing> existing) {
        this.styles = styles;
        this.registered = Set.copyOf(styles.getAllVisualStyles());
        this.existing = existing;
    }

    /** The styles as they are now, with the style {@code definition} would update and the styles of {@code views}. */
    static StyleSnapshot of(SenescopeVisualStyle style, StyleDefinition definition, List<CyNetworkView> views) {
        // The renderer's properties as the installation will find them; what it lacks is told there, not here.
        LexiconValues values = new LexiconValues(style.lexicon().current().orElse(null), note -> { });
        Optional<Existing> existing = style.existing(definition.title()).map(s -> existing(s, definition, values));
        StyleSnapshot snapshot = new StyleSnapshot(style.styles(), existing);
        for (CyNetworkView view : views) {
            snapshot.styleOfView.put(view, style.styles().getVisualStyle(view));
        }
        return snapshot;
    }

    private static Existing existing(VisualStyle style, StyleDefinition definition, LexiconValues values) {
        Map<VisualProperty<?>, Object> defaults = new HashMap<>();
        definition.defaults().stream()
                .flatMap(setting -> values.targets(setting.property()).stream())
                .map(LexiconValues.Target::property)
                .forEach(vp -> defaults.put(vp, style.getDefaultValue(vp)));
        Map<VisualPropertyDependency<?>, Boolean> locks = new HashMap<>();
        style.getAllVisualPropertyDependencies().forEach(d -> locks.put(d, d.isDependencyEnabled()));
        return new Existing(style, List.copyOf(style.getAllVisualMappingFunctions()), defaults, locks);
    }

    /**
     * Removes the styles registered since, brings the existing one back to its mappings, defaults and dependencies,
     * and gives each view its style again, applied.
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // a default goes back to the property it was read from
    void restore() {
        List<VisualStyle> added = new ArrayList<>(styles.getAllVisualStyles());
        added.removeAll(registered);
        added.forEach(styles::removeVisualStyle);
        existing.ifPresent(was -> {
            VisualStyle style = was.style();
            // A copy: the real style hands out its live collection of mappings.
            List.copyOf(style.getAllVisualMappingFunctions())
                    .forEach(m -> style.removeVisualMappingFunction(m.getVisualProperty()));
            was.mappings().forEach(style::addVisualMappingFunction);
            was.defaults().forEach((vp, value) -> style.setDefaultValue((VisualProperty) vp, value));
            was.locks().forEach(VisualPropertyDependency::setDependency);
        });
        styleOfView.forEach((view, style) -> {
            if (style == null) {
                return; // a view no style was set on, as a test double's may be
            }
            styles.setVisualStyle(style, view);
            style.apply(view);
            view.updateView();
        });
    }
}
