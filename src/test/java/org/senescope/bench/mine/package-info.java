/**
 * JMH benchmark of the literature miner on 1,000 abstract-length documents made by a seeded generator from sentences
 * written for it (see docs/benchmarks.md, "Literature miner").
 */
package org.senescope.bench.mine;
