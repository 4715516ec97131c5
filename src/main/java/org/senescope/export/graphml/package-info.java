/**
 * GraphML, for general graph tools (yEd, Gephi, networkx, igraph, JGraphT): typed keys for every attribute column,
 * lists flattened to one string.
 */
package org.senescope.export.graphml;
