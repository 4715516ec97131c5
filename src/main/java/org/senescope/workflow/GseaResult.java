package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.Node;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.data.GeneSet;
import org.senescope.output.FileSetPlacement;

/**
 * What a GSEA found, the same for both front ends: the run (a result per tested set, the sets skipped with the
 * reason, the settings), where the ranking came from, notes for the user, the gene sets tested, the settings table's
 * rows, and the files to write. Immutable.
 *
 * @param run           the results and skipped sets, in the order the sets were given
 * @param ranking       where the ranking came from, e.g. a file, or a file and column
 * @param notes         what was left out or changed on the way (ranking, GMT files, ties), one line each
 * @param sets          the gene sets tested and their sources
 * @param settings      the settings table's rows, in order
 * @param plots         enrichment plots among {@code files}
 * @param files         the tables (and plots) to write; empty when the request asked for no files
 * @param moduleOutputs the figure and network files to write from the tables, after {@code files}
 */
public record GseaResult(GseaRun run, String ranking, List<String> notes, GeneSetCatalog sets,
                         Map<String, String> settings, int plots, OutputSet files, GseaModuleOutputs moduleOutputs) {

    /** Sets with a q below this count as significant in summaries. */
    public static final double SIGNIFICANT_Q = 0.05;

    public GseaResult {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(ranking, "ranking");
        notes = List.copyOf(notes);
        Objects.requireNonNull(sets, "sets");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(moduleOutputs, "moduleOutputs");
    }

    /**
     * Writes the tables (and plots), then the module figure and network files, which read the tables back: each set
     * whole or not at all, and when the second fails the first is rolled back too, so a failed run leaves nothing new.
     *
     * @param existing what to do with a file that exists where one of them goes
     * @return the module figure and network files written; empty when none were asked for
     * @throws IOException when a file cannot be read or written, exists and may not be replaced, or is an input
     */
    public List<Path> write(ExistingFiles existing) throws IOException {
        if (files.files().isEmpty()) {
            return moduleOutputs.write(existing);
        }
        FileSetPlacement tables = files.place(existing);
        List<Path> written;
        try {
            written = moduleOutputs.write(existing);
        } catch (IOException | RuntimeException e) {
            try {
                tables.rollBack();
            } catch (IOException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        tables.keep();
        return written;
    }

    /** Tested sets with BH q below {@value #SIGNIFICANT_Q}. */
    public long significant() {
        return run.results().stream().filter(r -> r.q() < SIGNIFICANT_Q).count();
    }

    /** The skipped sets counted by reason, e.g. {@code 4 none of its genes are in the data}; {@code none} if none. */
    public String skippedByReason() {
        return GeneSetTables.reasonCounts(run.skipped());
    }

    /**
     * The tested sets {@code node} belongs to: first its modules that were tested, in the node's own module order,
     * then the other tested sets that contain one of its human genes, in the order they were given.
     */
    public List<GseaSetResult> setsOf(Node node) {
        Map<String, GseaSetResult> tested = new LinkedHashMap<>();
        run.results().forEach(r -> tested.put(r.name(), r));
        List<GseaSetResult> member = new ArrayList<>();
        for (String module : node.modules()) {
            if (sets.modules().contains(module) && tested.containsKey(module)) {
                member.add(tested.get(module));
            }
        }
        Map<String, GeneSet> byName = sets.byName();
        for (GseaSetResult r : tested.values()) {
            if (sets.modules().contains(r.name())) {
                continue;
            }
            GeneSet set = Objects.requireNonNull(byName.get(r.name()), () -> "no gene set '" + r.name() + "'");
            if (node.humanSymbols().stream().anyMatch(set.genes()::contains)) {
                member.add(r);
            }
        }
        return member;
    }
}
