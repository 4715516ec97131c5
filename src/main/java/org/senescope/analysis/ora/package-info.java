/**
 * Over-representation analysis (ORA): a selection of genes tested against gene sets with the one-sided
 * hypergeometric test and an explicit background, Benjamini–Hochberg q-values over the tested sets
 * ({@link org.senescope.analysis.ora.OverRepresentation}). The tail probability is exact and computed in log space
 * ({@link org.senescope.analysis.ora.HypergeometricTail}), so p-values far below 1e-300 stay positive. No file I/O:
 * {@code senescope ora} reads the inputs and writes the tables.
 */
package org.senescope.analysis.ora;
