package org.senescope.model.style;

import java.util.List;
import java.util.Objects;

import org.senescope.model.table.Column;

/**
 * The vocabulary Senescope's style ({@code export.NetworkStyle}) is stated in, neutral between CX2 (read by Cytoscape Web and
 * Cytoscape 3.10) and Cytoscape Desktop's own names (XGMML graphics, Style XML), so that each writer only translates.
 * All types are immutable records that accept no nulls.
 */
public final class VisualStyleSpec {

    private VisualStyleSpec() {
    }

    /** How a property's values are written in CX2, where JSON distinguishes numbers from strings. */
    public enum ValueKind {
        TEXT,
        DOUBLE,
        INTEGER,
        /**
         * Where a node's graphics sit, named as Cytoscape Desktop serialises an {@code ObjectPosition}:
         * {@code S,N,c,0.00,2.00} is the node's anchor (N, S, E, W, NE, ..., C), the graphics' anchor, the
         * justification (c, l or r) and the x and y offsets; CX2 writes it as an object with those five fields.
         */
        POSITION
    }

    /**
     * A visual property under its CX2 name and the Cytoscape Desktop name(s) that carry the same thing. Line colour
     * has two on the desktop: the edge paint, used while arrows follow the edge colour, and the stroke paint, used
     * otherwise.
     */
    public record Property(String cx2Name, List<String> cytoscapeNames, ValueKind kind) {
        public Property {
            Objects.requireNonNull(cx2Name, "cx2Name");
            Objects.requireNonNull(kind, "kind");
            cytoscapeNames = List.copyOf(cytoscapeNames);
        }

        public static Property of(String cx2Name, String cytoscapeName, ValueKind kind) {
            return new Property(cx2Name, List.of(cytoscapeName), kind);
        }
    }

    /**
     * One value of a visual property under its CX2 / Cytoscape Web name (e.g. {@code round-rectangle},
     * {@code triangle}, {@code dashed}) and its Cytoscape Desktop name (e.g. {@code ROUND_RECTANGLE}, {@code DELTA},
     * {@code EQUAL_DASH}). Colours ({@code #RRGGBB}) and numbers have one name in both.
     */
    public record Value(String cx2Name, String cytoscapeName) {
        public Value {
            Objects.requireNonNull(cx2Name, "cx2Name");
            Objects.requireNonNull(cytoscapeName, "cytoscapeName");
        }

        public static Value same(String name) {
            return new Value(name, name);
        }

        public static Value number(double number) {
            return same(Double.toString(number));
        }
    }

    /** A default: the value a property has where no mapping gives another. */
    public record Setting(Property property, Value value) {
        public Setting {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    /** One row of a discrete mapping: the column value (its string form, e.g. {@code gene}, {@code +}, {@code true}). */
    public record Entry(String columnValue, Value value) {
        public Entry {
            Objects.requireNonNull(columnValue, "columnValue");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A discrete mapping from a column's values to a property's values; other values get the default. */
    public record DiscreteMapping(Property property, Column column, List<Entry> entries) {
        public DiscreteMapping {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(column, "column");
            entries = List.copyOf(entries);
        }
    }

    /** A passthrough mapping: the property takes the column's value as it is. */
    public record PassthroughMapping(Property property, Column column) {
        public PassthroughMapping {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(column, "column");
        }
    }

    /** One control point of a continuous mapping: at {@code columnValue} the property is {@code value}. */
    public record Point(double columnValue, Value value) {
        public Point {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A continuous mapping from a numeric column: interpolated between the points, which are in ascending order, and
     * the end values beyond them; elements without a value get the default.
     */
    public record ContinuousMapping(Property property, Column column, List<Point> points) {
        public ContinuousMapping {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(column, "column");
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a continuous mapping needs two points or more");
            }
            for (int i = 1; i < points.size(); i++) {
                if (!(points.get(i).columnValue() > points.get(i - 1).columnValue())) {
                    throw new IllegalArgumentException("points must be in strictly ascending order: " + points);
                }
            }
        }
    }
}
