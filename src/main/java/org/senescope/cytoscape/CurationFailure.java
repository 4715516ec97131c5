package org.senescope.cytoscape;

import org.senescope.knowledge.CurationException;

/**
 * The network could not be built; Cytoscape shows the message in the task panel and returns it to CyREST. The
 * message names the first problem by file, line and column, as the command line does, and how many more there are;
 * {@link #getCause()} holds them all.
 */
public final class CurationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CurationFailure(CurationException cause) {
        super("No network made: " + cause.getMessage(), cause);
    }
}
