package org.senescope.workflow;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.senescope.mine.CandidateClaim;
import org.senescope.mine.FoundEntity;
import org.senescope.mine.relations.RelationCandidate;
import org.senescope.output.TsvCell;

/** The two tables of {@link MineJob}, every cell through {@link TsvCell}. Stateless. */
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
            b.append(TsvCell.row(Stream.of(r.source().id(), r.target().id(), r.relation().label(), r.sign().symbol(),
                    r.directed() ? "directed" : "undirected", c.document(), c.quote(), r.evidence().label(),
                    r.species().label(), "", "stated", String.format(Locale.ROOT, "%.2f", r.score()),
                    String.join("|", r.triggers()), yesNo(r.negated()), yesNo(r.hedged()),
                    yesNo(r.lossOfFunction()), r.why(), r.source().symbol(), r.target().symbol(), "", "")
                    .map(MineTables::spreadsheetQuoted).toList()));
        }
        return b.toString();
    }

    /**
     * A cell that starts with a double quote, quoted as a spreadsheet quotes it (the cell {@code "a" b} is written
     * {@code """a"" b"}): {@link ReviewedCandidates} reads the reviewed table with spreadsheet quoting, and would
     * otherwise take the opening quote of the miner's {@code why} ({@code "T cells" mediated ...}), or of a sentence
     * that opens with a quotation, for a quoted field and refuse the row. A quote further in means nothing to that
     * reader and is left alone.
     */
    static String spreadsheetQuoted(String cell) {
        return cell.startsWith("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
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
