package org.senescope.mine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.EvidenceType;

/**
 * Compares the miner's candidates with reviewed claims. A candidate and a claim agree when they name the same
 * document, the same source and target (node ids; a gene outside the network by its symbol) and the same polarity:
 * {@code +}, {@code -}, {@code 0} for an association, or <em>absent</em> for a negative finding. Positive and
 * negative findings are scored separately; so are evidence types (a claim by its curated type, a candidate by the
 * type the miner gave it) and documents. Background claims (no document) are left out. Stateless.
 */
public final class MiningScore {

    private MiningScore() {
    }

    /** One comparable statement. */
    record Key(String document, String source, String target, String polarity) {
    }

    /**
     * The rows: positive findings overall, negative findings, each evidence type, each document.
     */
    public static List<ScoreRow> compare(List<Claim> reviewed, List<CandidateClaim> candidates) {
        Map<Key, Set<EvidenceType>> curated = new HashMap<>();
        for (Claim c : reviewed) {
            if (c.citation() instanceof Citation.SeedQuote q) {
                Key k = new Key(q.seedFile(), c.sourceId(), c.targetId(),
                        c.relation().isNegated() ? "absent" : c.sign().symbol());
                curated.computeIfAbsent(k, x -> new HashSet<>()).add(c.evidenceType());
            }
        }
        Map<Key, Set<EvidenceType>> proposed = new HashMap<>();
        for (CandidateClaim c : candidates) {
            var r = c.relation();
            Key k = new Key(c.document(), r.source().id(), r.target().id(),
                    r.relation().isNegated() ? "absent" : r.sign().symbol());
            proposed.computeIfAbsent(k, x -> new HashSet<>()).add(r.evidence());
        }
        List<ScoreRow> rows = new ArrayList<>();
        rows.add(row("positive findings (all but negative)", curated, proposed,
                (k, t) -> !k.polarity().equals("absent")));
        rows.add(row("negative findings", curated, proposed, (k, t) -> k.polarity().equals("absent")));
        for (EvidenceType type : EvidenceType.values()) {
            if (type != EvidenceType.BACKGROUND) {
                rows.add(row("evidence: " + type.label(), curated, proposed, (k, t) -> t.contains(type)));
            }
        }
        Set<String> documents = new TreeSet<>();
        curated.keySet().forEach(k -> documents.add(k.document()));
        proposed.keySet().forEach(k -> documents.add(k.document()));
        for (String d : documents) {
            rows.add(row("document: " + d, curated, proposed, (k, t) -> k.document().equals(d)));
        }
        return rows;
    }

    private interface Scope {
        boolean test(Key key, Set<EvidenceType> types);
    }

    private static ScoreRow row(String name, Map<Key, Set<EvidenceType>> curated, Map<Key, Set<EvidenceType>> proposed,
            Scope scope) {
        Predicate<Map.Entry<Key, Set<EvidenceType>>> in = e -> scope.test(e.getKey(), e.getValue());
        List<Key> c = curated.entrySet().stream().filter(in).map(Map.Entry::getKey).toList();
        List<Key> p = proposed.entrySet().stream().filter(in).map(Map.Entry::getKey).toList();
        int recalled = (int) c.stream().filter(proposed::containsKey).count();
        int correct = (int) p.stream().filter(curated::containsKey).count();
        return new ScoreRow(name, c.size(), recalled, p.size(), correct);
    }
}
