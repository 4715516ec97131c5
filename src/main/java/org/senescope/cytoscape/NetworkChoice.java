package org.senescope.cytoscape;

import org.cytoscape.application.CyApplicationManager;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNetworkManager;
import org.senescope.failure.BadRequestException;

/**
 * Resolves the network argument of a command, {@code current} or {@code SUID:<n>} (Cytoscape's own forms), to a
 * network. Stateless over the services it is given.
 */
record NetworkChoice(CyApplicationManager application, CyNetworkManager networks) {

    static final String CURRENT = "current";

    /**
     * The network named by {@code argument}.
     *
     * @throws BadRequestException when there is no such network, or no current one
     */
    CyNetwork resolve(String argument) {
        String wanted = argument.strip();
        if (wanted.isEmpty() || wanted.equalsIgnoreCase(CURRENT)) {
            CyNetwork current = application.getCurrentNetwork();
            if (current == null) {
                throw new BadRequestException("There is no current network: build one with Apps > Senescope > "
                        + BuildNetworkTask.TITLE + " first");
            }
            return current;
        }
        String digits = wanted.regionMatches(true, 0, "SUID:", 0, 5) ? wanted.substring(5).strip() : wanted;
        try {
            CyNetwork network = networks.getNetwork(Long.parseLong(digits));
            if (network == null) {
                throw new BadRequestException("network: no network has SUID " + digits);
            }
            return network;
        } catch (NumberFormatException e) {
            throw new BadRequestException("network: expected 'current' or 'SUID:<number>', found '" + argument + "'");
        }
    }
}
