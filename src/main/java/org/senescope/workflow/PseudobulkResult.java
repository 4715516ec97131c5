package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.model.data.ExpressionMatrix;

/**
 * What {@link PseudobulkJob} computed: the summed counts, notes, what was done, and the files to write. Immutable.
 *
 * @param counts  genes × pseudobulk columns
 * @param notes   what was detected or left out, one line each
 * @param summary what was done, one line each
 * @param files   the tables to write
 * @param de      the contrast's table when one was asked for
 */
public record PseudobulkResult(ExpressionMatrix counts, List<String> notes, List<String> summary, OutputSet files,
                               De de) {

    public PseudobulkResult {
        Objects.requireNonNull(counts, "counts");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(de, "de");
    }

    /** The differential expression of a contrast, if one was asked for. */
    public sealed interface De permits NotTested, Tested {
    }

    /** No contrast was asked for. */
    public record NotTested() implements De {
    }

    /**
     * limma's moderated t of two conditions.
     *
     * @param contrast    the conditions compared, test minus reference
     * @param table       {@code gene, logFC, AveExpr, t, P.Value, adj.P.Val, B} as TSV, as written to
     *                    {@code pseudobulk-de.tsv}
     * @param description what was compared and how, one line
     */
    public record Tested(GroupContrast contrast, String table, String description) implements De {
        public Tested {
            Objects.requireNonNull(contrast, "contrast");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(description, "description");
        }
    }
}
