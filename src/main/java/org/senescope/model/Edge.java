package org.senescope.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One edge of the network: all claims with the same source, target and relation, in curation order. The claims agree
 * on sign and directedness; the network assembler refuses claims that do not.
 */
public record Edge(EdgeKey key, Sign sign, boolean directed, List<Claim> claims) {

    public Edge {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sign, "sign");
        claims = List.copyOf(claims);
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("edge " + key.id() + " has no claims");
        }
        for (Claim c : claims) {
            if (!c.edgeKey().equals(key) || c.sign() != sign || c.directed() != directed) {
                throw new IllegalArgumentException("claim at " + c.curatedAt() + " does not belong to edge " + key.id());
            }
        }
    }

    public String id() {
        return key.id();
    }

    public String sourceId() {
        return key.sourceId();
    }

    public String targetId() {
        return key.targetId();
    }

    public Relation relation() {
        return key.relation();
    }

    /** True when the edge records the absence of an effect; such edges are drawn dashed and grey. */
    public boolean isNegativeFinding() {
        return key.relation().isNegated();
    }

    /** True when every claim of the edge is background knowledge, none from a seed. */
    public boolean isBackgroundOnly() {
        return claims.stream().allMatch(c -> c.evidenceType() == EvidenceType.BACKGROUND);
    }

    /**
     * The evidence level the edge is drawn at and filtered by: the strongest evidence type among its claims (see
     * {@link EvidenceType#strongerThan}); {@code NEGATIVE_FINDING} for a negated relation, whose claims all are.
     */
    public EvidenceType evidenceLevel() {
        EvidenceType level = claims.get(0).evidenceType();
        for (Claim c : claims) {
            if (c.evidenceType().strongerThan(level)) {
                level = c.evidenceType();
            }
        }
        return level;
    }

    /** The distinct evidence types of the claims, in curation order. */
    public Set<EvidenceType> evidenceTypes() {
        Set<EvidenceType> types = new LinkedHashSet<>();
        claims.forEach(c -> types.add(c.evidenceType()));
        return types;
    }

    /** The distinct seed files quoted, in curation order. */
    public Set<String> seedFiles() {
        Set<String> files = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.citation() instanceof Citation.SeedQuote q) {
                files.add(q.seedFile());
            }
        }
        return files;
    }
}
