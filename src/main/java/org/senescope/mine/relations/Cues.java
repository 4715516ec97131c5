package org.senescope.mine.relations;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.model.EvidenceType;
import org.senescope.model.Species;

/** The words around a trigger that change how it reads. All patterns work on lower-cased text. Stateless. */
final class Cues {

    private static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:not|no|never|neither|nor|without"
            + "|cannot|fail(?:s|ed|ing)? to|unable to|independent(?:ly)? of|n't|no longer|lack(?:s|ed|ing)?|none of"
            + "|insufficient to|incapable of|dispensable|unaffected)(?![\\p{L}])");
    private static final Pattern HEDGE = Pattern.compile("(?<![\\p{L}])(?:may|might|could|possibly|potentially"
            + "|perhaps|likely|suggest(?:s|ed|ing)?|hypothes\\w*|propose[sd]?|speculate[sd]?|would)(?![\\p{L}])");
    private static final Pattern LOSS_BEFORE = Pattern.compile("(?:(?:loss|lack|absence|deletion|depletion|knockdown"
            + "|knockout|inactivation|neutrali[sz]ation|blockade|inhibition|ablation|silencing|mutations?) of"
            + "|neutrali[sz]ing|blocking|depleting|deleting|inhibiting|silencing|lacking|anti)(?: the)?[\\s-]*$");
    private static final Pattern LOSS_AFTER = Pattern.compile("^[\\s-]*(?:deficient|deficiency|null|knockout"
            + "|mutations?|mutant|loss|depletion|blockade|deletion|-/-|knockdown|inactivation)(?![\\p{L}])");
    private static final Pattern OWN_FINDING = Pattern.compile("(?<![\\p{L}])(?:we|our)(?![\\p{L}])"
            + "|in this study|here,? we");
    private static final Pattern PRIOR_WORK = Pattern.compile("previous(?:ly)?|prior stud|earlier stud"
            + "|(?:has|have) been (?:shown|reported|demonstrated)|it is (?:now )?(?:accepted|known|established)"
            + "|well[- ]established|studies (?:have )?(?:shown|implicated|suggested|demonstrated)");
    private static final Pattern MOUSE = Pattern.compile("(?<![\\p{L}])(?:mouse|mice|murine)(?![\\p{L}])");
    private static final Pattern HUMAN = Pattern.compile("(?<![\\p{L}])(?:human|humans|patients?)(?![\\p{L}])");
    private static final int LOOK_BACK = 40;
    private static final int LOOK_AHEAD = 20;

    private Cues() {
    }

    /** The negation word in {@code window}, if any. */
    static Optional<String> negation(String window) {
        return first(NEGATION, window);
    }

    /** The hedge word in {@code lower}, if any. */
    static Optional<String> hedge(String lower) {
        return first(HEDGE, lower);
    }

    /** The loss-of-function words right before {@code start} or right after {@code end} of a name, if any. */
    static Optional<String> loss(String lower, int start, int end) {
        Matcher before = LOSS_BEFORE.matcher(lower.substring(Math.max(0, start - LOOK_BACK), start));
        if (before.find()) {
            return Optional.of(before.group().strip());
        }
        Matcher after = LOSS_AFTER.matcher(lower.substring(end, Math.min(lower.length(), end + LOOK_AHEAD)));
        return after.find() ? Optional.of(after.group().strip()) : Optional.empty();
    }

    /** The evidence a plain (not negated, not hedged) statement gives, from who the sentence says found it. */
    static EvidenceType evidence(String lower) {
        if (OWN_FINDING.matcher(lower).find()) {
            return EvidenceType.SEED_FINDING;
        }
        return PRIOR_WORK.matcher(lower).find() ? EvidenceType.CITED_PRIOR_WORK : EvidenceType.REVIEW_CLAIM;
    }

    /** Mouse or human when the sentence names one (mouse first), else unspecified. */
    static Species species(String lower) {
        if (MOUSE.matcher(lower).find()) {
            return Species.MOUSE;
        }
        return HUMAN.matcher(lower).find() ? Species.HUMAN : Species.UNSPECIFIED;
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
