package org.senescope.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.senescope.failure.InputFormatException;
import org.senescope.input.BoundedInput;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvRow;
import org.senescope.input.TsvSyntax;

/**
 * A reviewed {@code candidates.tsv} of {@code senescope mine}: its rows with a decision, and the lines of those
 * without one. A spreadsheet may have kept the cells' formula guard, so a cell written {@code '=x} reads {@code =x}
 * (the inverse of the writer's {@code TsvCell}). Immutable.
 *
 * @param file      the file as the user named it, for messages
 * @param header    the columns in file order
 * @param decided   rows with {@code accept}, {@code reject} or {@code edit}, in file order
 * @param undecided the lines of rows with an empty decision, in file order
 */
record ReviewedCandidates(String file, List<String> header, List<Row> decided, List<Long> undecided) {

    /** The claims.tsv columns a reviewed table must hold (with {@code document} for claims.tsv's {@code seed}). */
    static final List<String> CLAIM_COLUMNS = List.of("source", "target", "relation", "sign", "direction",
            "document", "quote", "evidence_type", "species", "model", "confidence");
    static final String DECISION = "decision";
    static final String NOTE = "note";

    ReviewedCandidates {
        header = List.copyOf(header);
        decided = List.copyOf(decided);
        undecided = List.copyOf(undecided);
    }

    /**
     * One decided row.
     *
     * @param line     its line in the reviewed file
     * @param decision what the curator decided
     * @param cells    every column's cell by column name, formula guard removed and spaces stripped
     */
    record Row(long line, ReviewDecision decision, Map<String, String> cells) {
        Row {
            cells = Map.copyOf(cells);
        }

        String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The 1-based column of {@code name} in the reviewed file, or 0 when it has none. */
    int column(String name) {
        return header.indexOf(name) + 1;
    }

    /**
     * Reads the table.
     *
     * @throws InputFormatException for a missing column, a row with another number of fields, or a decision other
     *                              than accept, reject, edit or empty, at its file, line and column
     * @throws IOException          when the file cannot be read
     */
    static ReviewedCandidates read(Path reviewed) throws IOException {
        String file = reviewed.toString();
        List<String> header = new ArrayList<>();
        List<Row> decided = new ArrayList<>();
        List<Long> undecided = new ArrayList<>();
        try (InputStream in = BoundedInput.openRaw(reviewed)) {
            new TsvReader(file, TsvSyntax.SPREADSHEET, TsvReader.DEFAULT_MAX_LINE_CHARS).readRows(in, row -> {
                if (header.isEmpty()) {
                    header.addAll(checkedHeader(file, row));
                    return;
                }
                if (row.fieldCount() != header.size()) {
                    throw row.lineError(TsvRow.wrongFieldCount(header.size(), row.fieldCount()));
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), unguarded(row.field(i).strip()));
                }
                String decision = cells.getOrDefault(DECISION, "");
                if (decision.isEmpty()) {
                    undecided.add(row.line());
                    return;
                }
                Optional<ReviewDecision> parsed = ReviewDecision.fromLabel(decision);
                if (parsed.isEmpty()) {
                    throw row.error(header.indexOf(DECISION) + 1, "unknown decision '" + decision
                            + "'; expected accept, reject, edit or empty (undecided)");
                }
                decided.add(new Row(row.line(), parsed.get(), cells));
            });
        }
        if (header.isEmpty()) {
            throw new InputFormatException(file, 0, 0, "empty; expected the header of a candidates.tsv");
        }
        return new ReviewedCandidates(file, header, decided, undecided);
    }

    private static List<String> checkedHeader(String file, TsvRow row) throws InputFormatException {
        List<String> columns = row.fields().stream().map(String::strip).toList();
        List<String> needed = new ArrayList<>(CLAIM_COLUMNS);
        needed.add(DECISION);
        needed.add(NOTE);
        List<String> missing = needed.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputFormatException(file, row.line(), 0, "expected the columns of a candidates.tsv of "
                    + "senescope mine, missing: " + String.join(", ", missing));
        }
        return columns;
    }

    /** A cell as it was before the writer guarded it against spreadsheet formulas. */
    private static String unguarded(String cell) {
        boolean guarded = cell.length() > 1 && cell.charAt(0) == '\''
                && "=+-@".indexOf(cell.charAt(1)) >= 0;
        return guarded ? cell.substring(1) : cell;
    }
}
