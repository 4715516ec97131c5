/**
 * {@code senescope demo}: a small SIMULATED data set (a mouse liver-carcinoma time course after p53 restoration, the
 * setting of seed 003) made by a seeded generator, the DE-table reader and writer for it, the overlay of such tables on
 * the network by exact mouse symbol, and the pipeline that writes the network, figures, page, recipe and methods text
 * into one folder. Everything it writes says SIMULATED.
 */
package org.senescope.demo;
