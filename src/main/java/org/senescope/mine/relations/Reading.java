package org.senescope.mine.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.senescope.mine.entities.Mention;
import org.senescope.model.EvidenceType;
import org.senescope.model.Relation;
import org.senescope.model.Sign;
import org.senescope.model.Species;

/**
 * How one trigger of a sentence reads for a subject and an object:
 * <ul>
 *   <li>negated (a negation word between the subjects and the trigger, or the object follows {@code but not}): a
 *   negative finding, sign 0, never a positive edge: {@code not required for} when the trigger is a requirement or
 *   the subject is named through its loss, {@code does not induce} for inducing, expressing, raising, activating or
 *   recruiting, else {@code no effect on};</li>
 *   <li>loss of function ({@code loss of X}, {@code X mutations}, {@code neutralization of X} ...): the sign turns,
 *   so {@code loss of X blocks Y} reads X {@code required for} Y and {@code loss of X promotes Y} reads X
 *   {@code inhibits} Y;</li>
 *   <li>hedged (may, could, might, possibly, suggest ... anywhere in the sentence): a hypothesis.</li>
 * </ul>
 */
final class Reading {

    private static final Set<Relation> INDUCING = EnumSet.of(Relation.INDUCES, Relation.INDUCES_EXPRESSION_OF,
            Relation.INDUCES_SECRETION_OF, Relation.UPREGULATES, Relation.ACTIVATES, Relation.RECRUITS);
    private static final double DISTANCE_COST = 0.004;
    private static final double HEDGE_FACTOR = 0.8;
    private static final double TURN_FACTOR = 0.9;
    private static final double FLOOR = 0.1;
    private static final int WINDOW = 40;

    private final String lower;
    private final RelationFinder.Hit hit;
    private final Optional<String> negation;
    private final Optional<String> hedge;
    private final boolean passive;
    private Optional<String> groupLoss = Optional.empty();

    Reading(String lower, RelationFinder.Hit hit, int subjectsEnd, boolean passive) {
        this.lower = lower;
        this.hit = hit;
        this.passive = passive;
        int from = Math.min(subjectsEnd, hit.start());
        this.negation = Cues.negation(lower.substring(Math.max(from, hit.start() - WINDOW), hit.end()));
        this.hedge = Cues.hedge(lower.substring(0, Math.min(lower.length(), hit.end() + WINDOW)));
    }

    /** Loss-of-function words around the whole group of subjects ({@code neutralizing A, B and C}). */
    void groupLoss(Optional<String> words) {
        this.groupLoss = words;
    }

    Optional<RelationCandidate> read(RelationFinder.Member s, RelationFinder.Member o) {
        Mention subject = s.mention();
        Mention object = o.mention();
        if (subject.concept().id().equals(object.concept().id())) {
            return Optional.empty();
        }
        Optional<String> own = Cues.loss(lower, subject.start(), subject.end());
        Optional<String> loss = own.isPresent() ? own : groupLoss;
        Relation base = hit.trigger().relation();
        boolean negated = negation.isPresent() || s.contrast() || o.contrast() || base.isNegated();
        Relation relation;
        Sign sign;
        if (base.isNegated()) {
            relation = base;
            sign = Sign.NONE;
        } else if (negated) {
            // "not mediated by X": X is not what it needs.
            boolean requirement = base == Relation.REQUIRED_FOR || (passive && lower.startsWith("mediat", hit.start()));
            relation = requirement || loss.isPresent() ? Relation.NOT_REQUIRED_FOR
                    : INDUCING.contains(base) ? Relation.DOES_NOT_INDUCE : Relation.NO_EFFECT_ON;
            sign = Sign.NONE;
        } else if (loss.isPresent() && base.isSigned()) {
            boolean wasNegative = base.admits(Sign.NEGATIVE) && !base.admits(Sign.POSITIVE);
            relation = wasNegative ? Relation.REQUIRED_FOR : Relation.INHIBITS;
            sign = wasNegative ? Sign.POSITIVE : Sign.NEGATIVE;
        } else {
            relation = base;
            sign = base.isSigned() ? (base.admits(Sign.POSITIVE) ? Sign.POSITIVE : Sign.NEGATIVE) : Sign.NONE;
        }
        EvidenceType evidence = negated ? EvidenceType.NEGATIVE_FINDING
                : hedge.isPresent() ? EvidenceType.HYPOTHESIS : Cues.evidence(lower);
        Species species = Cues.species(lower);
        List<String> words = new ArrayList<>(List.of(lower.substring(hit.start(), hit.end()).strip()));
        negation.ifPresent(words::add);
        if (s.contrast() || o.contrast()) {
            words.add("but not");
        }
        hedge.ifPresent(words::add);
        loss.ifPresent(words::add);
        int distance = Math.max(Math.abs(hit.start() - subject.end()), Math.abs(object.start() - hit.end()));
        double score = Math.max(FLOOR, 1 - DISTANCE_COST * distance) * (hedge.isPresent() ? HEDGE_FACTOR : 1)
                * (negated || loss.isPresent() ? TURN_FACTOR : 1);
        return Optional.of(new RelationCandidate(subject.concept(), object.concept(), relation, sign, evidence,
                species, words, negated, hedge.isPresent(), loss.isPresent(),
                why(subject, object, words.get(0), loss, negated), Math.round(score * 100) / 100.0));
    }

    private String why(Mention subject, Mention object, String trigger, Optional<String> loss, boolean negated) {
        StringBuilder b = new StringBuilder("\"").append(subject.surface()).append("\" ").append(trigger)
                .append(" \"").append(object.surface()).append('"');
        if (passive || hit.trigger().reversed()) {
            b.append("; object named first (").append(passive ? "passive with by" : "reversed trigger").append(')');
        }
        loss.ifPresent(l -> b.append("; loss-of-function wording \"").append(l).append("\" turns the sign"));
        if (negated) {
            b.append("; negated: a negative finding, not an edge");
        }
        hedge.ifPresent(h -> b.append("; hedged by \"").append(h).append("\": a hypothesis"));
        return b.toString();
    }
}
