/**
 * JMH benchmark of the Cytoscape app's activation in a real OSGi framework (see docs/benchmarks.md, "Cytoscape app").
 */
package org.senescope.bench.cytoscape;
