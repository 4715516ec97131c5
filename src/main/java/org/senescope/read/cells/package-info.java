/**
 * What the single-cell readers share: collecting a matrix's entries in whatever order a format gives them into a
 * {@link org.senescope.model.cell.CellMatrix} stored by cell, within the Java heap ({@link CellMatrixBuilder}).
 */
package org.senescope.read.cells;
