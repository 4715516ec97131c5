/**
 * JMH benchmarks of the input readers on inputs of the sizes, made by seeded generators (see
 * docs/benchmarks.md, "Reading expression data").
 */
package org.senescope.bench.io;
