package org.senescope.cytoscape;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.analysis.SkippedGeneSet;
import org.senescope.workflow.GseaResult;

/**
 * What {@code senescope gsea} in Cytoscape did: the network, the result table, the job's result (the ranking, every
 * set tested and skipped), the notes shown, and the node columns written. Immutable; nulls are not accepted.
 *
 * @param notes the job's notes and the app's own (a network without modules)
 */
record GseaOutcome(long networkSuid, long tableSuid, GseaResult result, List<String> notes, List<String> nodeColumns) {

    GseaOutcome {
        Objects.requireNonNull(result, "result");
        notes = List.copyOf(notes);
        nodeColumns = List.copyOf(nodeColumns);
    }

    private GseaRun run() {
        return result.run();
    }

    /**
     * One line: sets tested on how many genes (and how many repeated names were dropped to get there, so that the
     * count agrees with the ranking's rows), skipped, significant, and the seed.
     */
    String summary() {
        int dropped = run().droppedDuplicates().size();
        String repeats = dropped == 0 ? "" : " (" + dropped + " repeated name" + (dropped == 1 ? "" : "s")
                + " dropped)";
        return String.format(Locale.ROOT, "%d gene sets tested on %d ranked genes%s, %d skipped, %d with BH q < 0.05; "
                        + "seed %d, %d permutations", run().results().size(), run().rankedGenes(), repeats,
                run().skipped().size(), result.significant(), run().options().seed(), run().options().permutations());
    }

    /** The command's JSON result. */
    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeNumberField("network", networkSuid);
            json.writeNumberField("table", tableSuid);
            json.writeStringField("ranking", result.ranking());
            json.writeNumberField("rankedGenes", run().rankedGenes());
            json.writeNumberField("seed", run().options().seed());
            json.writeNumberField("permutations", run().options().permutations());
            json.writeNumberField("setsTested", run().results().size());
            json.writeNumberField("setsSkipped", run().skipped().size());
            json.writeNumberField("significant", result.significant());
            json.writeArrayFieldStart("results");
            for (GseaSetResult r : run().results()) {
                json.writeStartObject();
                json.writeStringField("name", r.name());
                number(json, "ES", r.score());
                number(json, "NES", r.normalized());
                number(json, "p", r.p());
                number(json, "q", r.q());
                json.writeNumberField("size", r.size());
                json.writeArrayFieldStart("leadingEdge");
                for (String gene : r.leadingEdge()) {
                    json.writeString(gene);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("skipped");
            for (SkippedGeneSet s : run().skipped()) {
                json.writeStartObject();
                json.writeStringField("name", s.name());
                json.writeNumberField("sizeBefore", s.sizeBefore());
                json.writeNumberField("sizeInData", s.sizeAfter());
                json.writeStringField("reason", s.reason().text());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings(json, "notes", notes);
            strings(json, "nodeColumns", nodeColumns);
            json.writeEndObject();
        });
    }

    private static void number(JsonGenerator json, String field, double v) throws java.io.IOException {
        if (Double.isNaN(v)) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws java.io.IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
