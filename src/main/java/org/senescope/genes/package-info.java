/**
 * Gene identity for Senescope: the shipped human gene table (Entrez Gene snapshot via org.Hs.eg.db) with lookups by
 * symbol, alias, Entrez, Ensembl and UniProt id; the curated human–mouse ortholog table (mouse genes by MGI symbol,
 * alias, Entrez and Ensembl id); products of multi-product genes (CDKN2A) and multi-gene complexes (IL-12).
 * Everything here is immutable once loaded and safe to share between threads. Bad input fails with a
 * {@link org.senescope.failure.InputFormatException} naming file, line and column. Depends on
 * {@link org.senescope.model}, {@link org.senescope.input} (bounded, located reading) and libraries only.
 */
package org.senescope.genes;
