/** Cell-metadata TSV files: one row per cell, the barcode first, then cell type, cluster, sample... ({@link CellAnnotationReader}). */
package org.senescope.read.cellmeta;
