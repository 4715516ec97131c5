/**
 * Reading a user-supplied HGNC download (the 13-column "custom download" layout BioJava's
 * {@code GeneNamesParser} understands) without losing lines silently, and laying the result over the shipped human
 * gene table so that newer symbols, names and aliases win. Depends on {@link org.senescope.genes}, BioJava and the JDK.
 */
package org.senescope.genes.hgnc;
