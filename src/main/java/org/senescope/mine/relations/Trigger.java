package org.senescope.mine.relations;

import java.util.regex.Pattern;

import org.senescope.model.Relation;

/**
 * The words that state a relation, each with the relation it states when its subject comes first. A reversed
 * trigger names its target first ({@code Y requires X}, {@code Y relies on X}); a passive participle followed by
 * {@code by} reverses any trigger ({@link RelationFinder}). Patterns are matched on lower-cased text.
 */
enum Trigger {
    REQUIRED("(?:required|essential|necessary|needed|indispensable|responsible) for"
            + "|(?<=-)dependent(?! (?:up)?on)", Relation.REQUIRED_FOR, false),
    REQUIRES("requir(?:e|es|ing)\\b|(?:depend(?:s|ed|ing)?|dependent|rel(?:y|ies|ied|ying)) (?:up)?on",
            Relation.REQUIRED_FOR, true),
    /** Inducing the expression of a gene: a longer match than the inducing verb alone, so it wins. */
    EXPRESSION_OF(Verbs.CAUSING + " (?:the )?(?:[\\p{L}-]+ )?(?:expression|transcription) of", Relation.INDUCES_EXPRESSION_OF,
            false),
    /** Inducing the production, secretion or release of a protein. */
    SECRETION_OF(Verbs.CAUSING + " (?:the )?(?:[\\p{L}-]+ )?(?:production|secretion|release) of", Relation.INDUCES_SECRETION_OF,
            false),
    /**
     * Composition named from the whole: {@code X is associated with (characterized by, marked by) the release of A}
     * reads A {@code part of} X; a longer match than {@link #ASSOCIATED} and {@link #SECRETES}, so it wins.
     */
    COMPOSED("(?:associated with|characteri[sz]ed by|marked by|defined by) (?:the )?(?:[\\p{L}-]+ )?"
            + "(?:release|secretion|production) of", Relation.PART_OF, true),
    LIGAND("ligands? (?:of|for)|bind(?:s|ing)?(?: to)?|bound to", Relation.LIGAND_OF, false),
    RECOGNISES("recogni[sz](?:e|es|ed|ing)\\b", Relation.RECOGNISES, false),
    SECRETES("secret(?:e|es|ed|ing)\\b|releas(?:e|es|ed|ing)\\b", Relation.INDUCES_SECRETION_OF, false),
    EXPRESSES("express(?:es|ed|ing)?\\b|produc(?:e|es|ed|ing)\\b|transactivat(?:e|es|ed|ing|ion of)\\b",
            Relation.INDUCES_EXPRESSION_OF, false),
    UPREGULATES("up-?regulat(?:e|es|ed|ing)\\b|increas(?:e|es|ed|ing)\\b|rais(?:e|es|ed|ing)\\b",
            Relation.UPREGULATES, false),
    RECRUITS("recruit(?:s|ed|ing|ment of)?\\b|attract(?:s|ed|ing)?\\b|mobili[sz](?:e|es|ed|ing|ation of)\\b",
            Relation.RECRUITS, false),
    ACTIVATES("activat(?:e|es|ed|ing)\\b|stimulat(?:e|es|ed|ing)\\b", Relation.ACTIVATES, false),
    INDUCES("induc(?:e|es|ed|ing)\\b|trigger(?:s|ed|ing)?\\b|caus(?:e|es|ed|ing)\\b|lead(?:s|ing)? to|led to"
            + "|result(?:s|ed|ing)? in|driv(?:e|es|en|ing)\\b|drove\\b|elicit(?:s|ed|ing)?\\b",
            Relation.INDUCES, false),
    PROMOTES("promot(?:e|es|ed|ing)\\b|enhanc(?:e|es|ed|ing)\\b|contribut(?:e|es|ed|ing) to|favou?r(?:s|ed|ing)?\\b"
            + "|mediat(?:e|es|ed|ing)\\b|implicated in|involved in|roles? in|support(?:s|ed|ing)?\\b"
            + "|effects? on|affect(?:s|ed|ing)?\\b", Relation.PROMOTES, false),
    KILLS("kill(?:s|ed|ing)?\\b|eliminat(?:e|es|ed|ing)\\b|destroy(?:s|ed|ing)?\\b|destruction of|lys(?:e|es|ed)\\b",
            Relation.KILLS, false),
    INHIBITS("inhibit(?:s|ed|ing)?\\b|suppress(?:es|ed|ing)?\\b|block(?:s|ed|ing)?\\b|prevent(?:s|ed|ing)?\\b"
            + "|reduc(?:e|es|ed|ing)\\b|decreas(?:e|es|ed|ing)\\b|impair(?:s|ed|ing)?\\b|blunt(?:s|ed|ing)?\\b"
            + "|limit(?:s|ed|ing)?\\b|restrain(?:s|ed|ing)?\\b|counteract(?:s|ed|ing)?\\b|evad(?:e|es|ed|ing)\\b"
            + "|abrogat(?:e|es|ed|ing)\\b|bypass(?:es|ed|ing)?\\b|down-?regulat(?:e|es|ed|ing)\\b"
            + "|attenuat(?:e|es|ed|ing)\\b|protect(?:s|ed|ing)? against"
            + "|(?:shield|protect)(?:s|ed|ing)? (?:\\p{L}+ )?from", Relation.INHIBITS, false),
    /**
     * {@code implicate A and B in C}: the subjects follow the verb and the object follows {@code in}
     * ({@link RelationFinder}); {@code implicated in} right after a name is {@link #PROMOTES}.
     */
    IMPLICATES("implicat(?:e|es|ed|ing)\\b(?! in\\b)", Relation.PROMOTES, false),
    ASSOCIATED("associated with|linked to|correlat(?:e|es|ed|ing) with", Relation.ASSOCIATED_WITH, false),
    /**
     * Verbs of an unsigned effect ({@code X alters Y}: an association), and {@code no effect}/{@code no impact}
     * without {@code on} ({@code neutralizing X had no effect in this setting}), which the negation turns into a
     * negative finding.
     */
    EFFECT("no (?:effect|impact|influence|role)\\b|alter(?:s|ed|ing)?\\b|influenc(?:e|es|ed|ing)\\b"
            + "|modulat(?:e|es|ed|ing)\\b", Relation.ASSOCIATED_WITH, false),
    /** Denied requirement, subject first: {@code X is dispensable for Y}. */
    DISPENSABLE("dispensable for|not (?:needed|essential|necessary) for", Relation.NOT_REQUIRED_FOR, false),
    /** Denied requirement, object first: {@code Y is independent of X}, {@code Y occurred independently of X}. */
    INDEPENDENT("independent(?:ly)? (?:of|from)", Relation.NOT_REQUIRED_FOR, true),
    /** Denied effect, object first: {@code Y was unaffected by X}. */
    UNAFFECTED("unaffected by|unchanged by|unaltered by", Relation.NO_EFFECT_ON, true);

    private final Pattern pattern;
    private final Relation relation;
    private final boolean reversed;

    Trigger(String regex, Relation relation, boolean reversed) {
        this.pattern = Pattern.compile("(?<![\\p{L}])(?:" + regex + ")");
        this.relation = relation;
        this.reversed = reversed;
    }

    /** Word stems shared by several triggers (an enum constant cannot read a static field of its own enum). */
    private static final class Verbs {
        static final String CAUSING = "(?:induc|trigger|caus|promot|increas|enhanc|stimulat|driv|elicit)\\w*";
    }

    Pattern pattern() {
        return pattern;
    }

    Relation relation() {
        return relation;
    }

    boolean reversed() {
        return reversed;
    }
}
