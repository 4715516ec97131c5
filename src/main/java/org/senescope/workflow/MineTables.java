package org.senescope.workflow;

import java.util.List;
import java.util.Locale;

import org.senescope.mine.CandidateClaim;
import org.senescope.mine.FoundEntity;
import org.senescope.mine.relations.RelationCandidate;
import org.senescope.output.TsvCell;

/**
 * The two tables of {@link MineJob}, every cell through {@link TsvCell}; candidates.tsv, which a curator reviews in a
 * spreadsheet, also quotes a cell beginning with a double quote ({@link #spreadsheetRow}). Stateless.
 */
final class MineTables {

    /**
     * The curation's claims.tsv columns (document for seed), then the miner's own, then the review's two, left empty
     * for the curator: {@code decision} (accept, reject, edit) and {@code note} ({@link MergeJob} reads them).
     */
    static final List<String> CANDIDATE_COLUMNS = List.of("source", "target", "relation", "sign", "direction",
            "document", "quote", "evidence_type", "species", "model", "confidence", "score", "triggers", "negated",
            "hedged", "loss_of_function", "why", "source_symbol", "target_symbol", ReviewedCandidates.DECISION,
            ReviewedCandidates.NOTE);
    static final List<String> ENTITY_COLUMNS = List.of("document", "start", "end", "surface", "id", "kind",
            "symbol");

    private MineTables() {
    }

    static String candidates(List<CandidateClaim> claims) {
        StringBuilder b = new StringBuilder(TsvCell.row(CANDIDATE_COLUMNS));
        for (CandidateClaim c : claims) {
            RelationCandidate r = c.relation();
            b.append(spreadsheetRow(List.of(r.source().id(), r.target().id(), r.relation().label(), r.sign().symbol(),
                    r.directed() ? "directed" : "undirected", c.document(), c.quote(), r.evidence().label(),
                    r.species().label(), "", "stated", String.format(Locale.ROOT, "%.2f", r.score()),
                    String.join("|", r.triggers()), yesNo(r.negated()), yesNo(r.hedged()),
                    yesNo(r.lossOfFunction()), r.why(), r.source().symbol(), r.target().symbol(), "", "")));
        }
        return b.toString();
    }

    /**
     * A candidates.tsv row: {@link TsvCell#row}, but a cell that then begins with a double quote (a quote opening
     * with a quotation mark) is quoted as a spreadsheet quotes it, since the reviewed table is read back, as a
     * spreadsheet reads it, by {@link ReviewedCandidates}; unquoted, such a cell would be taken for a quoted field.
     */
    static String spreadsheetRow(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i > 0 ? "\t" : "").append(MergedClaims.spreadsheetCell(TsvCell.of(cells.get(i))));
        }
        return b.append('\n').toString();
    }

    static String entities(List<FoundEntity> entities) {
        StringBuilder b = new StringBuilder(TsvCell.row(ENTITY_COLUMNS));
        for (FoundEntity e : entities) {
            b.append(TsvCell.row(List.of(e.document(), Integer.toString(e.start()), Integer.toString(e.end()),
                    e.surface(), e.concept().id(), e.concept().kind().name().toLowerCase(Locale.ROOT),
                    e.concept().symbol())));
        }
        return b.toString();
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
