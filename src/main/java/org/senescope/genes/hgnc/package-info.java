/**
 * Reading a user-supplied HGNC download (genenames.org's 13-column text layout) with Senescope's strict tab-separated
 * reader, without losing lines silently, and laying the result over the shipped human gene table so that newer
 * symbols, names and aliases win. Depends on {@link org.senescope.genes}, {@link org.senescope.input} (bounded,
 * located reading), {@link org.senescope.failure} and the JDK.
 */
package org.senescope.genes.hgnc;
