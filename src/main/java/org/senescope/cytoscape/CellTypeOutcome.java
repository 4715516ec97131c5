package org.senescope.cytoscape;

import java.util.List;
import java.util.Objects;

import org.senescope.workflow.ScOverlayResult;

/**
 * What {@code senescope sc-overlay} in Cytoscape did: the network, the data, the job's result and the node columns
 * written. Immutable; nulls are not accepted.
 */
record CellTypeOutcome(long networkSuid, String data, ScOverlayResult result, List<String> nodeColumns) {

    CellTypeOutcome {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(result, "result");
        nodeColumns = List.copyOf(nodeColumns);
    }

    /** The job's summary, one line each. */
    String text() {
        return String.join("\n", result.summary());
    }

    /** The command's JSON result. */
    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeNumberField("network", networkSuid);
            json.writeStringField("data", data);
            json.writeStringField("cellTypeColumn", result.nodes().column());
            JsonText.strings(json, "cellTypes", result.nodes().types());
            json.writeNumberField("measuredNodes", result.nodes().byNode().size());
            JsonText.strings(json, "notes", result.notes());
            JsonText.strings(json, "summary", result.summary());
            JsonText.strings(json, "nodeColumns", nodeColumns);
            json.writeEndObject();
        });
    }
}
