package org.senescope.render.recipe;

import org.senescope.export.files.NetworkFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.senescope.model.format.NetworkFormat;
import org.senescope.model.Network;

/**
 * A checksum of a network's content: the SHA-256 of its Cytoscape.js export, which holds every node, edge, attribute
 * and position and is byte-stable for the same network. Stateless.
 */
public final class NetworkFingerprint {

    private NetworkFingerprint() {
    }

    public static String of(Network network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            NetworkFiles.of(NetworkFormat.CYJS, "network").get(0).writer().write(network, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return Sha256.of(bytes.toByteArray());
    }
}
