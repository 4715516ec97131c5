/**
 * Reading back the result tables Senescope's gene-set commands write ({@code gsea.tsv}, {@code camera.tsv}), so that
 * the scores of the network's modules can be drawn on the network and carried in its node tables.
 */
package org.senescope.read.results;
