package org.senescope.cytoscape;

import java.util.Set;

import org.senescope.model.table.Columns;

/**
 * The one place that knows what Senescope's columns are called in Cytoscape's tables: Cytoscape's own columns
 * ({@code name}, {@code shared name}, {@code interaction}) keep their names, every other column of
 * {@link Columns} goes into the {@value #NAMESPACE} namespace, written {@code senescope::kind}, so that Senescope's
 * columns group together in the table browser and never collide with another app's. Stateless.
 */
public final class SenescopeColumns {

    /** The column namespace, which is also the CyREST command namespace. */
    public static final String NAMESPACE = "senescope";

    /** How Cytoscape joins a namespace and a column name. */
    public static final String NAMESPACE_SEPARATOR = "::";

    private static final Set<String> CYTOSCAPE_OWN = Set.of(Columns.NAME, Columns.SHARED_NAME, Columns.INTERACTION);

    private SenescopeColumns() {
    }

    /** The name of the Cytoscape column that holds {@code column} (a name from {@link Columns}). */
    public static String of(String column) {
        return CYTOSCAPE_OWN.contains(column) ? column : NAMESPACE + NAMESPACE_SEPARATOR + column;
    }

    /** Whether a Cytoscape column name is in Senescope's namespace. */
    public static boolean isInNamespace(String cytoscapeColumn) {
        return cytoscapeColumn.startsWith(NAMESPACE + NAMESPACE_SEPARATOR);
    }

    /** Whether the column is one of Cytoscape's own, which Senescope writes into but never creates or deletes. */
    public static boolean isCytoscapeOwn(String column) {
        return CYTOSCAPE_OWN.contains(column);
    }
}
