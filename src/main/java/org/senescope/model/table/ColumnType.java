package org.senescope.model.table;

/**
 * The value types an attribute column can have. Deliberately few: every format can express each of them, natively or
 * as text (see {@link AttributeValue#flatText()}).
 */
public enum ColumnType {
    STRING,
    INTEGER,
    BOOLEAN,
    /** An ordered list of strings; flat formats join it with {@value AttributeValue#LIST_SEPARATOR}. */
    STRING_LIST,
    /** A floating-point number, such as a measured value of an overlay; a missing value is left out where it can be. */
    DOUBLE,
    /**
     * An ordered list of floating-point numbers, none missing (a chart's data, one per member of a node); flat formats
     * join it with {@value AttributeValue#LIST_SEPARATOR}.
     */
    DOUBLE_LIST
}
