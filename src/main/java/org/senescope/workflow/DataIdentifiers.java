package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

/**
 * The gene identifiers of the data a gene-set job tests (a ranking's genes, a matrix's rows, a gene selection and its
 * background), which the network's modules are translated into. Immutable.
 *
 * @param description what the identifiers are, for notes, e.g. {@code naive.vs.th1.rnk}
 * @param genes       the identifiers in the data's order; a repeated one counts once
 */
record DataIdentifiers(String description, List<String> genes) {

    DataIdentifiers {
        Objects.requireNonNull(description, "description");
        genes = List.copyOf(genes);
    }
}
