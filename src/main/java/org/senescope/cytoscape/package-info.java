/**
 * The Cytoscape app: the only package that sees Cytoscape's API or OSGi.
 *
 * <p>{@link org.senescope.cytoscape.CyActivator} looks up Cytoscape's services and registers Senescope's menu items
 * and CyREST commands (namespace {@value org.senescope.cytoscape.SenescopeColumns#NAMESPACE}). The tasks are thin:
 * Tunables become a request for the same {@code workflow} job the command line runs, and the job's result is written
 * into Cytoscape's tables ({@link org.senescope.cytoscape.AttributeColumns}, names from
 * {@link org.senescope.cytoscape.SenescopeColumns}) and styles ({@link org.senescope.cytoscape.SenescopeVisualStyle},
 * from the style definitions in {@code model.style}). May use {@code workflow}, {@code model}, {@code failure} and,
 * for the bundled gene tables, {@code knowledge} and {@code genes}; never the libraries below the workflow
 * ({@code analysis}, {@code read}, {@code export}, {@code output}, {@code render}, {@code overlay}, {@code demo}).
 */
package org.senescope.cytoscape;
