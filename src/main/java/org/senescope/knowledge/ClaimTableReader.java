package org.senescope.knowledge;

import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Confidence;
import org.senescope.model.EvidenceType;
import org.senescope.model.Relation;
import org.senescope.model.Sign;
import org.senescope.model.SourceLine;
import org.senescope.model.Species;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads {@code claims.tsv}, one claim a row, and checks each against the nodes, the vocabularies and the seeds: every
 * seed quote must stand in its seed (see {@link QuoteLocator}); background claims carry no seed and no quote, only a
 * statement in {@code note}.
 */
final class ClaimTableReader {

    static final String FILE = "claims.tsv";
    static final List<String> COLUMNS = List.of("source", "target", "relation", "sign", "direction", "seed", "quote",
            "evidence_type", "species", "model", "confidence", "note");

    private final CurationTable table;
    private final Set<String> nodeIds;
    private final SeedCorpus seeds;
    private final List<CurationProblem> problems;

    private ClaimTableReader(CurationTable table, Set<String> nodeIds, SeedCorpus seeds, List<CurationProblem> problems) {
        this.table = table;
        this.nodeIds = nodeIds;
        this.seeds = seeds;
        this.problems = problems;
    }

    static List<Claim> read(ResourceDirectory dir, Set<String> nodeIds, SeedCorpus seeds,
                            List<CurationProblem> problems) {
        CurationTable table = CurationTable.read(dir, FILE, COLUMNS, problems);
        ClaimTableReader reader = new ClaimTableReader(table, nodeIds, seeds, problems);
        return table.rows().stream().map(reader::toClaim).flatMap(Optional::stream).toList();
    }

    private Optional<Claim> toClaim(CurationTable.Row row) {
        int before = problems.size();
        node(row, "source");
        node(row, "target");
        Optional<Relation> relation = term(row, "relation", Relation::fromLabel, Relation.values(), Relation::label);
        Optional<Sign> sign = term(row, "sign", Sign::fromSymbol, Sign.values(), Sign::symbol);
        Optional<Boolean> directed = direction(row);
        Optional<EvidenceType> type = term(row, "evidence_type", EvidenceType::fromLabel, EvidenceType.values(),
                EvidenceType::label);
        Optional<Species> species = term(row, "species", Species::fromLabel, Species.values(), Species::label);
        Optional<Confidence> confidence = term(row, "confidence", Confidence::fromLabel, Confidence.values(),
                Confidence::label);
        relation.ifPresent(r -> sign.ifPresent(s -> checkSign(row, r, s)));
        relation.ifPresent(r -> type.ifPresent(t -> checkNegation(row, r, t)));
        Optional<Citation> citation = type.flatMap(t -> citation(row, t));
        if (problems.size() > before) {
            return Optional.empty();
        }
        boolean background = type.orElseThrow() == EvidenceType.BACKGROUND;
        return Optional.of(new Claim(row.get("source"), row.get("target"), relation.orElseThrow(), sign.orElseThrow(),
                directed.orElseThrow(), type.orElseThrow(), citation.orElseThrow(), species.orElseThrow(),
                row.get("model"), confidence.orElseThrow(), background ? "" : row.get("note"),
                new SourceLine(table.file(), row.line())));
    }

    private void node(CurationTable.Row row, String column) {
        String id = row.get(column);
        if (!nodeIds.contains(id)) {
            problems.add(table.problem(row, column, id.isEmpty() ? "empty; expected a node id from nodes.tsv"
                    : "unknown node '" + id + "'; expected a node id from nodes.tsv"));
        }
    }

    private <T> Optional<T> term(CurationTable.Row row, String column, Function<String, Optional<T>> parse,
                                 T[] values, Function<T, String> label) {
        Optional<T> value = parse.apply(row.get(column));
        if (value.isEmpty()) {
            String expected = Arrays.stream(values).map(label).collect(Collectors.joining(", "));
            problems.add(table.problem(row, column, "unknown " + column.replace('_', ' ') + " '" + row.get(column)
                    + "'; expected one of: " + expected));
        }
        return value;
    }

    private Optional<Boolean> direction(CurationTable.Row row) {
        return switch (row.get("direction")) {
            case "directed" -> Optional.of(true);
            case "undirected" -> Optional.of(false);
            default -> {
                problems.add(table.problem(row, "direction", "unknown direction '" + row.get("direction")
                        + "'; expected one of: directed, undirected"));
                yield Optional.empty();
            }
        };
    }

    private void checkSign(CurationTable.Row row, Relation relation, Sign sign) {
        if (!relation.admits(sign)) {
            String allowed = relation.allowedSigns().stream().map(Sign::symbol).sorted().collect(Collectors.joining(" or "));
            String why = switch (relation.kind()) {
                case REGULATION -> "";
                case ASSOCIATION -> " (it states binding, membership or association, not regulation, and has no sign)";
                case ABSENCE -> " (it records an effect that was not found, and has no sign)";
            };
            problems.add(table.problem(row, "sign", "relation '" + relation.label() + "' does not admit sign "
                    + sign.symbol() + why + "; expected " + allowed));
        }
    }

    private void checkNegation(CurationTable.Row row, Relation relation, EvidenceType type) {
        boolean negative = type == EvidenceType.NEGATIVE_FINDING;
        if (negative && !relation.isNegated()) {
            problems.add(table.problem(row, "relation", "a negative finding needs a negated relation; expected one of: "
                    + negatedRelations()));
        } else if (!negative && relation.isNegated()) {
            problems.add(table.problem(row, "evidence_type", "relation '" + relation.label()
                    + "' records the absence of an effect; expected evidence type 'negative finding'"));
        }
    }

    private static String negatedRelations() {
        return Arrays.stream(Relation.values()).filter(Relation::isNegated).map(Relation::label)
                .collect(Collectors.joining(", "));
    }

    private Optional<Citation> citation(CurationTable.Row row, EvidenceType type) {
        String seed = row.get("seed");
        String quote = row.get("quote");
        if (type == EvidenceType.BACKGROUND) {
            if (!seed.isEmpty()) {
                problems.add(table.problem(row, "seed", "background evidence comes from no seed; expected empty"));
            }
            if (!quote.isEmpty()) {
                problems.add(table.problem(row, "quote", "background evidence carries no seed quote; expected empty, "
                        + "with the statement in 'note'"));
            }
            if (row.get("note").isEmpty()) {
                problems.add(table.problem(row, "note", "empty; background evidence needs a statement of what is "
                        + "known and from where"));
                return Optional.empty();
            }
            return Optional.of(new Citation.Background(row.get("note")));
        }
        if (quote.isEmpty()) {
            problems.add(table.problem(row, "quote", "empty; expected the seed's exact words"));
        }
        Optional<QuoteLocator> locator = seeds.locator(seed);
        if (locator.isEmpty()) {
            problems.add(table.problem(row, "seed", seed.isEmpty() ? "empty; expected a seed file from sources.tsv"
                    : "unknown seed '" + seed + "'; expected a seed file from sources.tsv"));
        } else if (!quote.isEmpty() && !locator.get().contains(quote)) {
            problems.add(table.problem(row, "quote", "not found in seed " + seed + "; nearest passage: \""
                    + locator.get().nearestPassage(quote) + "\""));
        }
        return quote.isEmpty() || locator.isEmpty() ? Optional.empty() : Optional.of(new Citation.SeedQuote(seed, quote));
    }
}
