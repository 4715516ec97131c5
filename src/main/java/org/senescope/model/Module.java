package org.senescope.model;

import java.util.Objects;

/** A named group of nodes that act together, such as the p53–p21 arrest axis or the SASP chemokines. */
public record Module(String id, String label, String description) {
    public Module {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
