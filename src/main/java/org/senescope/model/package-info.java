/**
 * The pure data model of Senescope: genes, network nodes, curated claims with their evidence, merged edges and
 * networks. Immutable records and enums only; nothing here performs I/O or knows about any file format, user interface
 * or Cytoscape. Every other package may depend on this one; this one depends on nothing but the JDK.
 */
package org.senescope.model;
