package org.senescope.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled vocabulary of relations a claim may state. Each relation is of one {@link Kind}, and the kind decides
 * which signs it admits: only a regulation has a sign (and so an arrowhead or T-bar in figures and styles); binding,
 * membership, marking and association state that two things go together, not that one raises or lowers the other, and
 * carry sign 0, as do the negated relations in which negative findings ("X was not required for Y") are recorded.
 */
public enum Relation {
    ACTIVATES("activates", Kind.REGULATION, Sign.POSITIVE),
    INHIBITS("inhibits", Kind.REGULATION, Sign.NEGATIVE),
    INDUCES("induces", Kind.REGULATION, Sign.POSITIVE),
    INDUCES_EXPRESSION_OF("induces expression of", Kind.REGULATION, Sign.POSITIVE),
    INDUCES_SECRETION_OF("induces secretion of", Kind.REGULATION, Sign.POSITIVE),
    UPREGULATES("upregulates", Kind.REGULATION, Sign.POSITIVE),
    PROMOTES("promotes", Kind.REGULATION, Sign.POSITIVE),
    RECRUITS("recruits", Kind.REGULATION, Sign.POSITIVE),
    /**
     * Binding of a ligand to its receptor. Whether the receptor's signal then activates or inhibits is a separate,
     * signed claim about the receptor (e.g. PD-1 inhibits T cells), never a sign on the binding.
     */
    LIGAND_OF("ligand of", Kind.ASSOCIATION),
    RECOGNISES("recognises", Kind.ASSOCIATION),
    KILLS("kills", Kind.REGULATION, Sign.NEGATIVE),
    REQUIRED_FOR("required for", Kind.REGULATION, Sign.POSITIVE),
    MARKS("marks", Kind.ASSOCIATION),
    PART_OF("part of", Kind.ASSOCIATION),
    /** Known association whose mechanism, or direction of effect, the source does not give. */
    ASSOCIATED_WITH("associated with", Kind.ASSOCIATION),
    NOT_REQUIRED_FOR("not required for", Kind.ABSENCE),
    DOES_NOT_INDUCE("does not induce", Kind.ABSENCE),
    NO_EFFECT_ON("no effect on", Kind.ABSENCE);

    /** What a relation states, which decides whether it may carry a sign. */
    public enum Kind {
        /** One thing raises (+) or lowers (−) another: the only kind with a sign. */
        REGULATION,
        /** Binding, membership, marking or association: sign 0, drawn without arrowhead or T-bar. */
        ASSOCIATION,
        /** A negated relation: an effect tested and not found; sign 0. */
        ABSENCE
    }

    private final String label;
    private final Kind kind;
    // Filled once in the constructor and never handed out (allowedSigns() returns a copy), so the enum stays immutable.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<Sign> allowedSigns;

    /** A regulation with the signs it admits. */
    Relation(String label, Kind kind, Sign first, Sign... rest) {
        this.label = label;
        this.kind = kind;
        this.allowedSigns = EnumSet.of(first, rest);
        if (kind != Kind.REGULATION || allowedSigns.contains(Sign.NONE)) {
            throw new IllegalStateException("only a regulation has a sign, and always one: " + label);
        }
    }

    /** A relation without sign: an association or an absence, sign 0 only. */
    Relation(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
        this.allowedSigns = EnumSet.of(Sign.NONE);
        if (kind == Kind.REGULATION) {
            throw new IllegalStateException("a regulation needs its signs: " + label);
        }
    }

    /** The words used for this relation in curation files and exports, e.g. "induces expression of". */
    public String label() {
        return label;
    }

    /** True for relations that record the absence of an effect; claims with them are negative findings. */
    public boolean isNegated() {
        return kind == Kind.ABSENCE;
    }

    public Kind kind() {
        return kind;
    }

    /** True for regulations, the only relations with a sign and so the only ones drawn with an arrowhead or T-bar. */
    public boolean isSigned() {
        return kind == Kind.REGULATION;
    }

    /**
     * True for the regulations stated about the target's expression ("induces expression of", "upregulates"): the only
     * relations whose effect an mRNA measurement of both ends can show. Every other regulation acts on the target's
     * activity, secretion or a cell's fate (p16INK4a "activates" RB1 by inhibiting the kinases that would phosphorylate
     * it; "induces secretion of" is about the protein leaving the cell), which mRNA levels do not show.
     */
    public boolean isVisibleInMrna() {
        return this == INDUCES_EXPRESSION_OF || this == UPREGULATES;
    }

    public Set<Sign> allowedSigns() {
        return Set.copyOf(allowedSigns);
    }

    public boolean admits(Sign sign) {
        return allowedSigns.contains(sign);
    }

    public static Optional<Relation> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
