package org.senescope.cytoscape;

import org.senescope.model.Network;

/**
 * Where the build task's {@link org.senescope.workflow.NetworkJob} gets the bundled network: the app's kept build, a
 * small or slow one in tests. A curation that does not check is its {@link org.senescope.failure.BadDataException}.
 */
@FunctionalInterface
interface NetworkSource {
    Network build();
}
