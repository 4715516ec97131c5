/**
 * Single-cell data once read: a sparse genes × cells matrix stored by cell ({@link CellMatrix}), its features and
 * barcodes, what kind of values it holds ({@link ValueKind}), and per-cell annotations ({@link CellAnnotations}).
 * Immutable; no I/O.
 */
package org.senescope.model.cell;
