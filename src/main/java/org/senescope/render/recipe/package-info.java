/**
 * Figure recipes: a JSON file beside each figure with its inputs (and their SHA-256), every parameter, the versions of
 * Senescope and its drawing libraries, the gene-table snapshot and the layout, from which {@code senescope figure
 * --recipe} remakes the same figure; and the methods paragraph written from it. Networks and data that were not read
 * from a file by the figure (a Cytoscape view, an import) are recorded by the checksum of their content
 * ({@link org.senescope.render.recipe.NetworkFingerprint}, {@link org.senescope.render.recipe.OverlayFingerprint}).
 */
package org.senescope.render.recipe;
