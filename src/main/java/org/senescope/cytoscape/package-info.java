/**
 * The Cytoscape app: the only package that sees Cytoscape's API or OSGi.
 *
 * <p>{@link org.senescope.cytoscape.CyActivator} looks up Cytoscape's services and registers Senescope's menu items
 * and CyREST commands (namespace {@value org.senescope.cytoscape.SenescopeColumns#NAMESPACE}). The tasks are thin:
 * they call the same code as the command line and write its results into Cytoscape's tables
 * ({@link org.senescope.cytoscape.AttributeColumns}, names from {@link org.senescope.cytoscape.SenescopeColumns}) and
 * styles ({@link org.senescope.cytoscape.SenescopeVisualStyle}, from {@link org.senescope.export.NetworkStyle}).
 */
package org.senescope.cytoscape;
