/**
 * Single-cell data once read: a sparse genes × cells matrix stored by cell ({@link CellMatrix}), its features and
 * barcodes, what kind of values it holds ({@link ValueKind}), per-cell annotations ({@link CellAnnotations}), and
 * cell-type expression laid on the network's nodes ({@link NodeCellTypes}). Immutable; no I/O.
 */
package org.senescope.model.cell;
