package org.senescope.workflow;

import java.util.Objects;

import org.senescope.model.Network;

/**
 * Write a network in the chosen formats. Immutable; nulls are not accepted.
 *
 * @param network the network
 * @param layer   what it carries beyond its own attributes
 * @param output  where, under which base name, in which formats
 */
public record ExportRequest(Network network, NetworkLayer layer, FileOutput.Folder output) {

    public ExportRequest {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(output, "output");
    }
}
