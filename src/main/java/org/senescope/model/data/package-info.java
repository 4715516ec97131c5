/**
 * Data a user brings, as the model sees it once read: expression matrices, sample groups, ranked gene lists, gene
 * sets, overlays of measured values on network nodes, and the scores of network modules from a gene-set analysis.
 * Immutable; no I/O. Large numeric data are held in primitive arrays behind accessors rather than in records, and
 * missing values are {@code NaN}.
 */
package org.senescope.model.data;
