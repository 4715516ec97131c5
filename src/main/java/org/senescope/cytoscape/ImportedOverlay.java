package org.senescope.cytoscape;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.RowOutcome;

/**
 * What {@code senescope overlay} did: the network, the file, the node column the network's genes came from and
 * how many nodes named one, the mapping report, the node columns written and the
 * style applied. Immutable; nulls are not accepted.
 */
record ImportedOverlay(long networkSuid, String file, String networkColumn, String networkGenes, MappingReport report,
        List<String> nodeColumns, Optional<String> style) {

    ImportedOverlay {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(networkColumn, "networkColumn");
        Objects.requireNonNull(networkGenes, "networkGenes");
        Objects.requireNonNull(report, "report");
        nodeColumns = List.copyOf(nodeColumns);
        Objects.requireNonNull(style, "style");
    }

    /** The result as {@code type}: the report's lines as text, the JSON, or {@code null} ({@link TaskResults}). */
    <R> @Nullable R as(Class<? extends R> type) {
        return TaskResults.as(type, () -> String.join("\n", report.summary()), this::json);
    }

    /** The command's JSON result: SUID, row counts by outcome, measured nodes, the report's lines, columns. */
    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeNumberField("network", networkSuid);
            json.writeStringField("file", file);
            json.writeStringField("networkColumn", networkColumn);
            json.writeStringField("networkGenes", networkGenes);
            json.writeNumberField("rows", report.rows().size());
            json.writeObjectFieldStart("rowsByOutcome");
            Map<RowOutcome, Integer> counts = report.counts();
            for (RowOutcome outcome : RowOutcome.values()) {
                json.writeNumberField(outcome.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(outcome, 0));
            }
            json.writeEndObject();
            json.writeNumberField("geneNodes", report.nodes().size());
            json.writeNumberField("measuredNodes", report.measuredNodes().size());
            json.writeArrayFieldStart("summary");
            for (String line : report.summary()) {
                json.writeString(line);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("nodeColumns");
            for (String column : nodeColumns) {
                json.writeString(column);
            }
            json.writeEndArray();
            if (style.isPresent()) {
                json.writeStringField("style", style.get());
            }
            json.writeEndObject();
        });
    }
}
