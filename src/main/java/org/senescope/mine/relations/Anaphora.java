package org.senescope.mine.relations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.mine.entities.Concept;
import org.senescope.mine.entities.Mention;

/**
 * Subjects and objects that a sentence names through an anaphor rather than a name, resolved deterministically
 * against the {@link Antecedents} of the main relation read before (in the same sentence, else the sentence before):
 * <ul>
 *   <li>a clause that opens with a demonstrative noun phrase ({@code these senescent cells}, {@code such a
 *   response}, {@code this}) and has only auxiliaries between it and its verb: the earlier relation's objects, the
 *   thing or event last spoken of (an event noun, {@code such a response}, only when that relation brought its objects
 *   about: after {@code kill} the event is not the killed cell);</li>
 *   <li>a clause that opens with {@code it} or {@code they}: the earlier relation's subjects;</li>
 *   <li>a participle after a comma ({@code ..., resulting in Y}, {@code ..., leading to Y}): its subject is what the
 *   clause before it produced, that clause's objects (same sentence only);</li>
 *   <li>a verb with no object left in its sentence but {@code in this setting} (or nothing): the earlier relation's
 *   objects ({@code neutralizing X had no effect in this setting}).</li>
 * </ul>
 * Stateless.
 */
final class Anaphora {

    private static final String AUX = "then|also|thus|therefore|further|in turn|can|could|may|might|did|do|does|was"
            + "|were|is|are|had|has|have|would|will|not|never|to|be|been|turned out|appears?|seems?|appeared|seemed";
    /** The clause opening: the sentence start, a semicolon, a comma with a conjunction, or an opening adverb. */
    private static final String OPENING = "(?:^|[;:]\\s*|,\\s*(?:and|but|while|whereas|so|yet)\\s+|^[\\p{L}]+,\\s*)";
    private static final Pattern DEMONSTRATIVE = Pattern.compile(OPENING + "((?:both |all )?(?:these|those|this"
            + "|such(?: an?)?)(?: (?!(?:" + AUX + ")(?![\\p{L}]))[\\p{L}-]+){0,3})((?: (?:" + AUX + "))*)\\s*$");
    /** Nouns that name an event, which is what a relation brought about, not what it acted on. */
    private static final Pattern EVENT = Pattern.compile("(?<![\\p{L}])(?:process(?:es)?|responses?|effects?"
            + "|mechanisms?|events?|phenomen(?:on|a)|pathways?|programs?|outcomes?)$");
    private static final Pattern PRONOUN = Pattern.compile(OPENING + "(it|they)((?: (?:" + AUX + "))*)\\s*$");
    private static final Pattern PARTICIPLE = Pattern.compile(",\\s*(?:thereby |thus |hence |in turn )?$");
    private static final Pattern BACK_REFERENCE = Pattern.compile("^\\s*((?:in|under|for|on) (?:this|these|that"
            + "|those|such) [\\p{L}-]+(?: [\\p{L}-]+)?)?\\s*[.!?]?\\s*$");

    private Anaphora() {
    }

    /**
     * The subjects a trigger's clause names through an anaphor, when it does: {@code here} is what this sentence
     * read before the trigger, {@code context} that or else what the sentence before left.
     */
    static Optional<List<RelationFinder.Member>> subjects(String lower, RelationFinder.Hit hit, Antecedents here,
            Antecedents context) {
        String before = lower.substring(0, hit.start());
        if (PARTICIPLE.matcher(before).find() && firstWord(lower, hit).endsWith("ing") && !here.isEmpty()) {
            return Optional.of(members(hit.start(), hit.end(), "what the clause before produced", here.objects()));
        }
        Matcher d = DEMONSTRATIVE.matcher(before);
        if (d.find()) {
            boolean event = EVENT.matcher(d.group(1)).find();
            return Optional.of(event && !context.produced() ? List.of()
                    : members(d.start(1), d.end(1), d.group(1), context.objects()));
        }
        Matcher p = PRONOUN.matcher(before);
        if (p.find()) {
            return Optional.of(members(p.start(1), p.end(1), p.group(1), context.subjects()));
        }
        return Optional.empty();
    }

    /** The objects of a trigger with none left in its sentence, when the rest of it refers back. */
    static List<RelationFinder.Member> objects(String lower, RelationFinder.Hit hit, Antecedents context) {
        Matcher m = BACK_REFERENCE.matcher(lower.substring(hit.end()));
        if (!m.find()) {
            return List.of();
        }
        return m.group(1) == null ? members(hit.start(), hit.end(), "the sentence before", context.objects())
                : members(hit.end() + m.start(1), hit.end() + m.end(1), m.group(1), context.objects());
    }

    /** The trigger's first word, so that {@code resulting in} is seen as a participle. */
    private static String firstWord(String lower, RelationFinder.Hit hit) {
        int space = lower.indexOf(' ', hit.start());
        return lower.substring(hit.start(), space < 0 || space > hit.end() ? hit.end() : space);
    }

    private static List<RelationFinder.Member> members(int start, int end, String surface, List<Concept> concepts) {
        return concepts.stream().map(c -> new RelationFinder.Member(
                new Mention(start, end, surface + " (read as " + c.id() + ")", c), false)).toList();
    }
}
