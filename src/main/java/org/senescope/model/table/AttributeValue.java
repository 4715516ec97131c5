package org.senescope.model.table;

import java.util.List;
import java.util.Objects;

/** One typed cell of an {@link AttributeTable}. Immutable; nulls are not accepted. */
public sealed interface AttributeValue
        permits AttributeValue.Text, AttributeValue.WholeNumber, AttributeValue.Flag, AttributeValue.TextList,
        AttributeValue.Decimal, AttributeValue.DecimalList {

    /**
     * What flat formats (GraphML, TSV) put between list items. It is Cytoscape's default list delimiter in Import
     * Table, so list columns split back into lists there. An item that itself contains it cannot be told apart.
     */
    String LIST_SEPARATOR = "|";

    ColumnType type();

    /** The value as one string: lists joined with {@link #LIST_SEPARATOR}, booleans as {@code true}/{@code false}. */
    String flatText();

    /** Whether the value is absent (only a {@link Decimal} of {@code NaN} is); formats leave such values out. */
    default boolean isMissing() {
        return false;
    }

    static AttributeValue of(String text) {
        return new Text(text);
    }

    static AttributeValue of(int number) {
        return new WholeNumber(number);
    }

    static AttributeValue of(boolean flag) {
        return new Flag(flag);
    }

    static AttributeValue of(List<String> items) {
        return new TextList(items);
    }

    /** A floating-point value; {@code NaN} stands for a missing one. */
    static AttributeValue ofDecimal(double number) {
        return new Decimal(number);
    }

    /** A list of numbers, each finite. */
    static AttributeValue ofDecimals(List<Double> numbers) {
        return new DecimalList(numbers);
    }

    record Text(String text) implements AttributeValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public ColumnType type() {
            return ColumnType.STRING;
        }

        @Override
        public String flatText() {
            return text;
        }
    }

    record WholeNumber(int number) implements AttributeValue {
        @Override
        public ColumnType type() {
            return ColumnType.INTEGER;
        }

        @Override
        public String flatText() {
            return Integer.toString(number);
        }
    }

    record Flag(boolean set) implements AttributeValue {
        @Override
        public ColumnType type() {
            return ColumnType.BOOLEAN;
        }

        @Override
        public String flatText() {
            return Boolean.toString(set);
        }
    }

    record TextList(List<String> items) implements AttributeValue {
        public TextList {
            items = List.copyOf(items);
        }

        @Override
        public ColumnType type() {
            return ColumnType.STRING_LIST;
        }

        @Override
        public String flatText() {
            return String.join(LIST_SEPARATOR, items);
        }
    }

    /** A floating-point number; {@code NaN} is a missing value, written as nothing (an empty field, no attribute). */
    record Decimal(double number) implements AttributeValue {
        @Override
        public ColumnType type() {
            return ColumnType.DOUBLE;
        }

        @Override
        public String flatText() {
            return isMissing() ? "" : Double.toString(number);
        }

        @Override
        public boolean isMissing() {
            return Double.isNaN(number);
        }
    }

    /**
     * A list of finite floating-point numbers (no format can write a missing item inside a list); flat formats write
     * each with {@link Double#toString(double)}.
     */
    record DecimalList(List<Double> items) implements AttributeValue {
        public DecimalList {
            items = List.copyOf(items);
            for (double item : items) {
                if (!Double.isFinite(item)) {
                    throw new IllegalArgumentException("a list of numbers holds only finite ones, found " + item);
                }
            }
        }

        @Override
        public ColumnType type() {
            return ColumnType.DOUBLE_LIST;
        }

        @Override
        public String flatText() {
            return String.join(LIST_SEPARATOR, items.stream().map(d -> Double.toString(d)).toList());
        }
    }
}
