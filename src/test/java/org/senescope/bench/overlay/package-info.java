/**
 * JMH benchmarks of mapping users' data onto the network, on inputs of the sizes made by seeded generators
 * (see docs/benchmarks.md, "Mapping expression data").
 */
package org.senescope.bench.overlay;
