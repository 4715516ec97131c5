/**
 * What the single-cell readers share: collecting a matrix's entries in whatever order a format gives them into a
 * {@link org.senescope.model.cell.CellMatrix} stored by cell, within the Java heap ({@link CellMatrixBuilder}; for
 * entries that come cell by cell, {@link CellOrderedBuilder}, a third less memory).
 */
package org.senescope.read.cells;
