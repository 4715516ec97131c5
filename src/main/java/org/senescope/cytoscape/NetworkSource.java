package org.senescope.cytoscape;

import org.senescope.knowledge.CurationException;
import org.senescope.model.Network;

/** Where the build task gets its network: the bundled build in the app, a small or slow one in tests. */
@FunctionalInterface
interface NetworkSource {
    Network build() throws CurationException;
}
