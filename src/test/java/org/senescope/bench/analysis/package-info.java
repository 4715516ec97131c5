/**
 * JMH benchmarks of the gene-set methods on inputs of the sizes, made by seeded generators (see
 * docs/benchmarks.md, "Gene-set analysis").
 */
package org.senescope.bench.analysis;
