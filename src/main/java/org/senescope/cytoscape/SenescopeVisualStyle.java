package org.senescope.cytoscape;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.vizmap.VisualMappingFunction;
import org.cytoscape.view.vizmap.VisualMappingFunctionFactory;
import org.cytoscape.view.vizmap.VisualMappingManager;
import org.cytoscape.view.vizmap.VisualPropertyDependency;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.view.vizmap.VisualStyleFactory;
import org.cytoscape.view.vizmap.mappings.BoundaryRangeValues;
import org.cytoscape.view.vizmap.mappings.ContinuousMapping;
import org.cytoscape.view.vizmap.mappings.DiscreteMapping;
import org.senescope.model.style.StyleDefinition;
import org.senescope.model.style.VisualStyleSpec;
import org.senescope.model.table.ColumnType;
import org.senescope.workflow.VisualStyles;

/**
 * Puts Senescope's visual styles into Cytoscape from their definitions ({@link VisualStyles}, the decisions every
 * styled export format writes too): defaults, discrete mappings (shape and fill by kind, arrow by sign, dashed grey
 * negative findings, thin background-only edges), the passthrough label and, for an overlay, the continuous fill,
 * each built by Cytoscape's own mapping factories. Installing again updates the style of that title rather than
 * adding a second one. Not thread-safe; call it from a task.
 *
 * @param styles      Cytoscape's style registry
 * @param styleFactory makes the style the first time
 * @param discrete    the {@code (mapping.type=discrete)} mapping factory
 * @param passthrough the {@code (mapping.type=passthrough)} mapping factory
 * @param continuous  the {@code (mapping.type=continuous)} mapping factory
 * @param lexicon     the running renderer's lexicon, the only source of shapes, arrows and line types
 */
record SenescopeVisualStyle(VisualMappingManager styles, VisualStyleFactory styleFactory,
        VisualMappingFunctionFactory discrete, VisualMappingFunctionFactory passthrough,
        VisualMappingFunctionFactory continuous, RunningLexicon lexicon) {

    /** The style of networks with expression data laid over them: Senescope's, nodes filled by the data. */
    static final String OVERLAY_STYLE_NAME = VisualStyles.OVERLAY_STYLE_NAME;

    /** Cytoscape's dependency that ties node width and height together. */
    static final String NODE_SIZE_LOCKED = "nodeSizeLocked";
    /** Cytoscape's dependency that makes arrows take the edge colour. */
    static final String ARROW_COLOR_MATCHES_EDGE = "arrowColorMatchesEdge";

    SenescopeVisualStyle {
        Objects.requireNonNull(styles, "styles");
        Objects.requireNonNull(styleFactory, "styleFactory");
        Objects.requireNonNull(discrete, "discrete");
        Objects.requireNonNull(passthrough, "passthrough");
        Objects.requireNonNull(continuous, "continuous");
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The style of that title, if Cytoscape has one. */
    Optional<VisualStyle> existing(String title) {
        return styles.getAllVisualStyles().stream()
                .filter(s -> title.equals(s.getTitle()))
                .findFirst();
    }

    /**
     * Creates the style or brings the existing one back to Senescope's defaults and mappings; returns it.
     * {@code notes} hears, once each, of values the running renderer lacks and what was used instead.
     */
    VisualStyle install(Consumer<String> notes) {
        return install(VisualStyles.network(), notes);
    }

    /**
     * Creates or updates the {@value #OVERLAY_STYLE_NAME} style: Senescope's, with the node fill on the diverging
     * scale of half-width {@code range} from the overlay value and a wide border for significant nodes; nodes without
     * a value are grey.
     */
    VisualStyle installOverlay(double range, Consumer<String> notes) {
        return install(VisualStyles.overlay(range), notes);
    }

    /**
     * Creates the style {@code definition} names, or brings the existing one of that title back to it; values the
     * running renderer lacks fall back to a core value, told once each to {@code notes}, so a value the renderer
     * lacks never fails the installation.
     */
    VisualStyle install(StyleDefinition definition, Consumer<String> notes) {
        Optional<VisualLexicon> running = lexicon.current();
        if (running.isEmpty()) {
            notes.accept("Cytoscape has no renderer now; node shapes, arrows and line types come from its core set.");
        }
        LexiconValues values = new LexiconValues(running.orElse(null), notes);
        Optional<VisualStyle> found = existing(definition.title());
        VisualStyle style = found.orElseGet(() -> styleFactory.createVisualStyle(definition.title()));
        removeMappingsNotIn(style, definition);
        definition.defaults().forEach(setting -> setDefault(style, setting, values));
        definition.discrete().forEach(m -> addDiscrete(style, m, values));
        definition.passthrough().forEach(m -> addPassthrough(style, m, values));
        definition.continuous().forEach(m -> addContinuous(style, m, values));
        for (VisualPropertyDependency<?> dependency : style.getAllVisualPropertyDependencies()) {
            if (NODE_SIZE_LOCKED.equals(dependency.getIdString())) {
                dependency.setDependency(definition.nodeSizeLocked());
            } else if (ARROW_COLOR_MATCHES_EDGE.equals(dependency.getIdString())) {
                dependency.setDependency(definition.arrowColorMatchesEdge());
            }
        }
        if (found.isEmpty()) {
            styles.addVisualStyle(style);
        }
        return style;
    }

    /**
     * Removes the style's mappings of properties {@code definition} does not map (a user's, or an earlier version's),
     * so that installing again leaves exactly the definition's mappings, as a newly made style has.
     */
    private static void removeMappingsNotIn(VisualStyle style, StyleDefinition definition) {
        Set<String> mapped = Stream.of(definition.discrete().stream().map(VisualStyleSpec.DiscreteMapping::property),
                        definition.passthrough().stream().map(VisualStyleSpec.PassthroughMapping::property),
                        definition.continuous().stream().map(VisualStyleSpec.ContinuousMapping::property))
                .flatMap(s -> s)
                .flatMap(p -> p.cytoscapeNames().stream()) // each Cytoscape name is the property's id string
                .collect(Collectors.toSet());
        // A copy: the real style hands out its live collection of mappings.
        List<VisualProperty<?>> stale = List.copyOf(style.getAllVisualMappingFunctions()).stream()
                .<VisualProperty<?>>map(VisualMappingFunction::getVisualProperty)
                .filter(vp -> !mapped.contains(vp.getIdString()))
                .toList();
        stale.forEach(style::removeVisualMappingFunction);
    }

    // Raw types here and in the three mappings below: a LexiconValues.Target pairs a VisualProperty<?> with the parser
    // of its values, so the value type that Cytoscape's generic calls want is known only at run time, from the spec.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setDefault(VisualStyle style, VisualStyleSpec.Setting setting, LexiconValues values) {
        for (LexiconValues.Target target : values.targets(setting.property())) {
            style.setDefaultValue((VisualProperty) target.property(), values.value(target, setting.value()));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addDiscrete(VisualStyle style, VisualStyleSpec.DiscreteMapping spec, LexiconValues values) {
        ColumnType type = spec.column().type();
        for (LexiconValues.Target target : values.targets(spec.property())) {
            VisualMappingFunction<?, ?> function = discrete.createVisualMappingFunction(
                    SenescopeColumns.of(spec.column().name()), (Class) AttributeColumns.elementClass(type),
                    target.property());
            DiscreteMapping mapping = (DiscreteMapping) function;
            for (VisualStyleSpec.Entry entry : spec.entries()) {
                mapping.putMapValue(key(entry.columnValue(), type), values.value(target, entry.value()));
            }
            style.addVisualMappingFunction(mapping);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addPassthrough(VisualStyle style, VisualStyleSpec.PassthroughMapping spec, LexiconValues values) {
        for (LexiconValues.Target target : values.targets(spec.property())) {
            style.addVisualMappingFunction(passthrough.createVisualMappingFunction(
                    SenescopeColumns.of(spec.column().name()),
                    (Class) AttributeColumns.elementClass(spec.column().type()), target.property()));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addContinuous(VisualStyle style, VisualStyleSpec.ContinuousMapping spec, LexiconValues values) {
        for (LexiconValues.Target target : values.targets(spec.property())) {
            ContinuousMapping mapping = (ContinuousMapping) continuous.createVisualMappingFunction(
                    SenescopeColumns.of(spec.column().name()), Double.class, target.property());
            List<VisualStyleSpec.Point> points = spec.points();
            for (int i = 0; i < points.size(); i++) {
                Object value = values.value(target, points.get(i).value());
                // Beyond the ends the end colours hold, as in the exports (values are clamped to the range).
                mapping.addPoint(points.get(i).columnValue(), new BoundaryRangeValues<>(value, value, value));
            }
            style.addVisualMappingFunction(mapping);
        }
    }

    private static Object key(String columnValue, ColumnType type) {
        return switch (type) {
            case BOOLEAN -> Boolean.valueOf(columnValue);
            case INTEGER -> Integer.valueOf(columnValue);
            case DOUBLE -> Double.valueOf(columnValue);
            case STRING, STRING_LIST, DOUBLE_LIST -> columnValue;
        };
    }
}
