/**
 * Delimited text tables as users bring them (TSV, CSV, semicolon CSV with decimal commas, gzip, BOM, CRLF, comment
 * lines, R's header-one-field-short form), and what the input readers share: bytes read within
 * {@link org.senescope.io.table.InputLimits}, text decoded strictly ({@link org.senescope.io.table.InputText}), and
 * numeric cells with their missing-value spellings ({@link org.senescope.io.table.NumberCells}).
 *
 * <p>Every layout property is detected and reported in a {@link org.senescope.io.table.TableLayout}, and each can be
 * overridden through {@link org.senescope.io.table.TableOptions}. Inputs are only ever read.
 */
package org.senescope.io.table;
