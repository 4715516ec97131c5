/**
 * Figure recipes: a JSON file beside each figure with its inputs (and their SHA-256), every parameter, the versions of
 * Senescope and its drawing libraries, the gene-table snapshot and the layout, from which {@code senescope figure
 * --recipe} remakes the same figure; and the methods paragraph written from it.
 */
package org.senescope.render.recipe;
