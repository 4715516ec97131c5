package org.senescope.export;

import static org.senescope.model.table.ColumnType.BOOLEAN;
import static org.senescope.model.table.ColumnType.INTEGER;
import static org.senescope.model.table.ColumnType.STRING;
import static org.senescope.model.table.ColumnType.STRING_LIST;

import java.util.List;
import java.util.function.Function;

import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Columns;

/** The edge columns of {@link AttributeTables#edges}. Per-claim lists keep curation order. */
final class EdgeAttributes {

    private EdgeAttributes() {
    }

    static AttributeTable table(Network network) {
        List<ColumnDefinition<Edge>> definitions = List.of(
                ColumnDefinition.of(Columns.NAME, STRING, "the edge id, source (relation) target, as Cytoscape names edges",
                        e -> AttributeValue.of(e.id())),
                ColumnDefinition.of(Columns.INTERACTION, STRING, "the relation label, Cytoscape's edge type",
                        e -> AttributeValue.of(e.relation().label())),
                ColumnDefinition.of(Columns.RELATION, STRING, "the relation label; kept apart from interaction so that it survives edits of that",
                        e -> AttributeValue.of(e.relation().label())),
                ColumnDefinition.of(Columns.SIGN, STRING, "effect on the target: + raises, - lowers, 0 neither",
                        e -> AttributeValue.of(e.sign().symbol())),
                ColumnDefinition.of(Columns.DIRECTED, BOOLEAN, "false for symmetric statements",
                        e -> AttributeValue.of(e.directed())),
                ColumnDefinition.of(Columns.NEGATIVE_FINDING, BOOLEAN, "true when the edge records a tested effect that was absent",
                        e -> AttributeValue.of(e.isNegativeFinding())),
                ColumnDefinition.of(Columns.BACKGROUND_ONLY, BOOLEAN, "true when no claim of the edge comes from a seed document",
                        e -> AttributeValue.of(e.isBackgroundOnly())),
                ColumnDefinition.of(Columns.CLAIM_COUNT, INTEGER, "how many curated claims the edge merges",
                        e -> AttributeValue.of(e.claims().size())),
                ColumnDefinition.of(Columns.EVIDENCE_TYPES, STRING_LIST, "the distinct evidence types of the claims",
                        e -> AttributeValue.of(e.evidenceTypes().stream().map(EvidenceType::label).toList())),
                ColumnDefinition.of(Columns.EVIDENCE_LEVEL, STRING, "the strongest evidence type of the claims, which the style draws",
                        e -> AttributeValue.of(e.evidenceLevel().label())),
                ColumnDefinition.of(Columns.SEED_FILES, STRING_LIST, "the distinct seed files quoted",
                        e -> AttributeValue.of(List.copyOf(e.seedFiles()))),
                ColumnDefinition.of(Columns.EVIDENCE_QUOTES, STRING_LIST, "the verbatim seed quotes, one per quoted claim",
                        e -> AttributeValue.of(quotes(e, Citation.SeedQuote::quote))),
                ColumnDefinition.of(Columns.EVIDENCE_QUOTE_SEED_FILES, STRING_LIST, "the seed file of each quote, parallel to evidence_quotes",
                        e -> AttributeValue.of(quotes(e, Citation.SeedQuote::seedFile))),
                ColumnDefinition.of(Columns.BACKGROUND_STATEMENTS, STRING_LIST, "the background statements, one per background claim",
                        e -> AttributeValue.of(backgroundStatements(e))),
                ColumnDefinition.of(Columns.SPECIES, STRING_LIST, "the distinct species the claims were made in",
                        e -> AttributeValue.of(distinct(e, c -> c.species().label()))),
                ColumnDefinition.of(Columns.MODELS, STRING_LIST, "the distinct experimental models named",
                        e -> AttributeValue.of(distinct(e, Claim::model))),
                ColumnDefinition.of(Columns.CONFIDENCE, STRING_LIST, "the distinct confidences: stated or implied",
                        e -> AttributeValue.of(distinct(e, c -> c.confidence().label()))),
                ColumnDefinition.of(Columns.CURATOR_NOTES, STRING_LIST, "the curator's notes on the claims",
                        e -> AttributeValue.of(perClaim(e, Claim::note))),
                ColumnDefinition.of(Columns.CURATION_REFS, STRING_LIST, "where each claim was curated, as file:line",
                        e -> AttributeValue.of(perClaim(e, c -> c.curatedAt().toString()))));
        return ColumnDefinition.table(network.edges(), Edge::id, definitions);
    }

    private static List<String> quotes(Edge edge, Function<Citation.SeedQuote, String> part) {
        return edge.claims().stream()
                .map(Claim::citation)
                .filter(Citation.SeedQuote.class::isInstance)
                .map(c -> part.apply((Citation.SeedQuote) c))
                .toList();
    }

    private static List<String> backgroundStatements(Edge edge) {
        return edge.claims().stream()
                .map(Claim::citation)
                .filter(Citation.Background.class::isInstance)
                .map(c -> ((Citation.Background) c).statement())
                .toList();
    }

    /** The non-empty values, one per claim. */
    private static List<String> perClaim(Edge edge, Function<Claim, String> value) {
        return edge.claims().stream().map(value).filter(s -> !s.isEmpty()).toList();
    }

    /** The distinct non-empty values, in order of first appearance. */
    private static List<String> distinct(Edge edge, Function<Claim, String> value) {
        return perClaim(edge, value).stream().distinct().toList();
    }
}
