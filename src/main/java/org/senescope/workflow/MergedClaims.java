package org.senescope.workflow;

import java.util.List;

import org.senescope.knowledge.CurationProblem;
import org.senescope.output.TsvCell;

/** The rows {@link MergeJob} writes: claims.tsv rows from reviewed candidates, and rejected.tsv. Stateless. */
final class MergedClaims {

    private MergedClaims() {
    }

    /**
     * The claims.tsv row of a reviewed candidate: its claim cells ({@code document} as {@code seed}) and its review
     * note. Cells are written as the curation's hand-edited tables are, not formula-guarded (a sign is {@code +});
     * a cell starting with a double quote is quoted as a spreadsheet quotes it, so the reader keeps the quote mark.
     */
    static String row(ReviewedCandidates.Row r) {
        StringBuilder b = new StringBuilder();
        for (String column : ReviewedCandidates.CLAIM_COLUMNS) {
            b.append(spreadsheetCell(r.cell(column))).append('\t');
        }
        return b.append(spreadsheetCell(r.cell(ReviewedCandidates.NOTE))).append('\n').toString();
    }

    /** {@code cell} quoted as a spreadsheet quotes it when it begins with a double quote; otherwise as it is. */
    static String spreadsheetCell(String cell) {
        return cell.startsWith("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The rejected rows through the project's TSV encoder, with the header when {@code header}. */
    static String rejectedRows(ReviewedCandidates reviewed, List<ReviewedCandidates.Row> rejected, boolean header) {
        StringBuilder b = new StringBuilder(header ? TsvCell.row(MergeJob.REJECTED_COLUMNS) : "");
        for (ReviewedCandidates.Row r : rejected) {
            b.append(TsvCell.row(List.of(reviewed.file(), Long.toString(r.line()), r.cell("source"), r.cell("target"),
                    r.cell("relation"), r.cell("sign"), r.cell("document"), r.cell("quote"),
                    r.cell(ReviewedCandidates.NOTE))));
        }
        return b.toString();
    }

    /**
     * A problem the builder found in a merged row, moved to that row's line and column in the reviewed file (whose
     * claim columns have claims.tsv's names, {@code document} for {@code seed}); the message is the builder's.
     */
    static CurationProblem inReviewed(CurationProblem p, ReviewedCandidates reviewed, ReviewedCandidates.Row row) {
        int column = 0;
        if (p.column() >= 1 && p.column() <= ReviewedCandidates.CLAIM_COLUMNS.size()) {
            column = reviewed.column(ReviewedCandidates.CLAIM_COLUMNS.get(p.column() - 1));
        } else if (p.column() == ReviewedCandidates.CLAIM_COLUMNS.size() + 1) {
            column = reviewed.column(ReviewedCandidates.NOTE);
        }
        return new CurationProblem(reviewed.file(), row.line(), column, p.message());
    }
}
