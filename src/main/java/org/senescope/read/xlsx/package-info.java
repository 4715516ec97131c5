/**
 * Excel workbooks ({@code .xlsx}, Office Open XML) read as text tables: the zip is read with {@link java.util.zip}
 * and each part with StAX, with DTDs refused (no XXE) and entry sizes and compression ratios limited (no zip bombs).
 * Cells are taken as stored (shared or inline strings, numbers as their stored text), so gene names are never
 * re-interpreted; formula and date-formatted cells are reported.
 *
 * <p>Why not a library: fastexcel-reader or Apache POI would add 3 MB or more of transitive jars to a bundle that must
 * stay under 10 MB, for a read-only need that {@code java.util.zip} and StAX cover in a few hundred lines.
 */
package org.senescope.read.xlsx;
