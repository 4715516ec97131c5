package org.senescope.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.table.NetworkTables;

/**
 * The network built: the model, the attribute tables every format and the Cytoscape adapter write, what to tell the
 * user, and the files (not yet written). Immutable; nulls are not accepted.
 *
 * @param network  the network
 * @param tables   its node, edge and network attribute tables
 * @param notes    lines for the user, in order (the gene-table update, then the network's counts)
 * @param warnings lines the user should not miss: HGNC lines skipped, HGNC genes not applied
 * @param files    the files asked for; none (in the working directory) when no files were asked for
 */
public record NetworkResult(Network network, NetworkTables tables, List<String> notes, List<String> warnings,
                            OutputSet files) {

    public NetworkResult {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(tables, "tables");
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(files, "files");
    }

    /** How many claims the edges carry, by evidence type; types without claims are absent. */
    public Map<EvidenceType, Long> claimsByEvidenceType() {
        return network.claimCountsByEvidenceType();
    }
}
