/**
 * Senescope's visual style as plain data: properties and values under their CX2 and Cytoscape Desktop names, defaults,
 * discrete, passthrough and continuous mappings, and whole styles ({@link org.senescope.model.style.StyleDefinition}).
 * Decided by {@code export.NetworkStyle} and {@code export.OverlayStyle}; translated by each styled format and by the
 * Cytoscape adapter. Immutable records and enums; depends on {@code model.table} and the JDK only.
 */
package org.senescope.model.style;
