/**
 * Delimited text tables as users bring them (TSV, CSV, semicolon CSV with decimal commas, gzip, BOM, CRLF, comment
 * lines, R's header-one-field-short form), and what the input readers share: bytes read within
 * {@link org.senescope.read.InputLimits}, text decoded strictly ({@link org.senescope.read.InputText}), and
 * numeric cells with their missing-value spellings ({@link org.senescope.read.NumberCells}).
 *
 * <p>Every layout property is detected and reported in a {@link org.senescope.read.TableLayout}, and each can be
 * overridden through {@link org.senescope.read.table.TableOptions}, whose properties are typed choices (detect, off,
 * or a given value) rather than strings. Inputs are only ever read.
 */
package org.senescope.read.table;
