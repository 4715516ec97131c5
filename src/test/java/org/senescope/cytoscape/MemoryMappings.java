package org.senescope.cytoscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.vizmap.VisualMappingFunction;
import org.cytoscape.view.vizmap.VisualMappingFunctionFactory;
import org.cytoscape.view.vizmap.mappings.BoundaryRangeValues;
import org.cytoscape.view.vizmap.mappings.ContinuousMapping;
import org.cytoscape.view.vizmap.mappings.DiscreteMapping;
import org.cytoscape.view.vizmap.mappings.PassthroughMapping;

/** In-memory mapping factories of the three kinds Cytoscape registers, and the mappings they make. */
final class MemoryMappings {

    enum Kind { DISCRETE, PASSTHROUGH, CONTINUOUS }

    private MemoryMappings() {
    }

    static VisualMappingFunctionFactory factory(Kind kind) {
        return new VisualMappingFunctionFactory() {
            @Override
            public <K, V> VisualMappingFunction<K, V> createVisualMappingFunction(String attributeName,
                    Class<K> attrValueType, VisualProperty<V> vp) {
                return switch (kind) {
                    case DISCRETE -> new Discrete<>(attributeName, attrValueType, vp);
                    case PASSTHROUGH -> new Passthrough<>(attributeName, attrValueType, vp);
                    case CONTINUOUS -> new Continuous<>(attributeName, attrValueType, vp);
                };
            }

            @Override
            public Class<?> getMappingFunctionType() {
                return switch (kind) {
                    case DISCRETE -> org.cytoscape.view.vizmap.mappings.DiscreteMapping.class;
                    case PASSTHROUGH -> org.cytoscape.view.vizmap.mappings.PassthroughMapping.class;
                    case CONTINUOUS -> org.cytoscape.view.vizmap.mappings.ContinuousMapping.class;
                };
            }
        };
    }

    abstract static class Base<K, V> implements VisualMappingFunction<K, V> {
        private final String column;
        private final Class<K> type;
        private final VisualProperty<V> property;

        Base(String column, Class<K> type, VisualProperty<V> property) {
            this.column = column;
            this.type = type;
            this.property = property;
        }

        @Override
        public String getMappingColumnName() {
            return column;
        }

        @Override
        public Class<K> getMappingColumnType() {
            return type;
        }

        @Override
        public VisualProperty<V> getVisualProperty() {
            return property;
        }

        /** The value for a cell, or null where the style's default applies. */
        abstract Object map(Object cell);
    }

    static final class Discrete<K, V> extends Base<K, V> implements DiscreteMapping<K, V> {
        private final Map<K, V> values = new LinkedHashMap<>();

        Discrete(String column, Class<K> type, VisualProperty<V> property) {
            super(column, type, property);
        }

        @Override
        public V getMapValue(K key) {
            return values.get(key);
        }

        @Override
        public <T extends V> void putMapValue(K key, T value) {
            if (!getMappingColumnType().isInstance(key)) {
                throw new IllegalArgumentException("key " + key + " is not a " + getMappingColumnType());
            }
            values.put(key, value);
        }

        @Override
        public Map<K, V> getAll() {
            return Map.copyOf(values);
        }

        @Override
        Object map(Object cell) {
            return values.get(cell);
        }
    }

    static final class Passthrough<K, V> extends Base<K, V> implements PassthroughMapping<K, V> {
        Passthrough(String column, Class<K> type, VisualProperty<V> property) {
            super(column, type, property);
        }

        @Override
        Object map(Object cell) {
            return cell;
        }
    }

    static final class Continuous<K, V> extends Base<K, V> implements ContinuousMapping<K, V> {
        final TreeMap<Double, BoundaryRangeValues<V>> points = new TreeMap<>();

        Continuous(String column, Class<K> type, VisualProperty<V> property) {
            super(column, type, property);
        }

        @Override
        public void addPoint(K value, BoundaryRangeValues<V> brv) {
            points.put(((Number) value).doubleValue(), brv);
        }

        @Override
        public int getPointCount() {
            return points.size();
        }

        @Override
        Object map(Object cell) {
            if (!(cell instanceof Number n) || points.isEmpty()) {
                return null;
            }
            Map.Entry<Double, BoundaryRangeValues<V>> below = points.floorEntry(n.doubleValue());
            return below == null ? points.firstEntry().getValue().lesserValue : below.getValue().equalValue;
        }
    }
}
