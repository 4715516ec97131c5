/** JMH benchmarks of figures: the seed network in PNG, SVG and PDF, and a generated 2,000-node network. */
package org.senescope.bench.render;
