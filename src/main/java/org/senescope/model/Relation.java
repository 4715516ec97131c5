package org.senescope.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The controlled vocabulary of relations a claim may state. Each relation fixes which signs it admits, and whether it
 * is a negated relation, the form in which negative findings ("X was not required for Y") are recorded.
 */
public enum Relation {
    ACTIVATES("activates", false, Sign.POSITIVE),
    INHIBITS("inhibits", false, Sign.NEGATIVE),
    INDUCES("induces", false, Sign.POSITIVE),
    INDUCES_EXPRESSION_OF("induces expression of", false, Sign.POSITIVE),
    INDUCES_SECRETION_OF("induces secretion of", false, Sign.POSITIVE),
    UPREGULATES("upregulates", false, Sign.POSITIVE),
    PROMOTES("promotes", false, Sign.POSITIVE),
    RECRUITS("recruits", false, Sign.POSITIVE),
    /** Binding of a ligand to its receptor; the sign says whether the receptor signal activates or inhibits. */
    LIGAND_OF("ligand of", false, Sign.POSITIVE, Sign.NEGATIVE, Sign.NONE),
    RECOGNISES("recognises", false, Sign.NONE),
    KILLS("kills", false, Sign.NEGATIVE),
    REQUIRED_FOR("required for", false, Sign.POSITIVE),
    MARKS("marks", false, Sign.NONE),
    PART_OF("part of", false, Sign.NONE),
    /** Known positive association whose mechanism the source does not give. */
    ASSOCIATED_WITH("associated with", false, Sign.NONE),
    NOT_REQUIRED_FOR("not required for", true, Sign.NONE),
    DOES_NOT_INDUCE("does not induce", true, Sign.NONE),
    NO_EFFECT_ON("no effect on", true, Sign.NONE);

    private final String label;
    private final boolean negated;
    // Filled once in the constructor and never handed out (allowedSigns() returns a copy), so the enum stays immutable.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<Sign> allowedSigns;

    Relation(String label, boolean negated, Sign first, Sign... rest) {
        this.label = label;
        this.negated = negated;
        this.allowedSigns = EnumSet.of(first, rest);
    }

    /** The words used for this relation in curation files and exports, e.g. "induces expression of". */
    public String label() {
        return label;
    }

    /** True for relations that record the absence of an effect; claims with them are negative findings. */
    public boolean isNegated() {
        return negated;
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
