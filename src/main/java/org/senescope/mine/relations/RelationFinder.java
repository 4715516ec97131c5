package org.senescope.mine.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.mine.entities.Mention;

/**
 * Reads the relations of one sentence. For each trigger ({@link Trigger}) outside a name, the subjects are the
 * coordinated names nearest before it and the objects those nearest after it (no other trigger in between); a
 * passive participle followed by {@code by}, or a reversed trigger, swaps them. Objects may also be the list of
 * examples ({@code including}, {@code such as}, {@code notably} ...) of the noun the trigger governs, further away. Coordination ({@code A, B and C},
 * {@code A as well as B}) gives one candidate per pair; a member after {@code but not} is denied. How each pair
 * reads (negation, hedging, loss of function) is {@link Reading}'s work. Stateless.
 */
public final class RelationFinder {

    private static final Pattern COORDINATION = Pattern.compile("^[\\s,)]*(?:(?:and/or|and|or|as well as|but not|nor"
            + "|plus|versus|vs\\.?)(?![\\p{L}]))?[\\s,]*(?:(?:other )?[\\p{L}-]+ (?:such as|like) )?"
            + "(?:(?:neutrali[sz]ation|loss|deletion|depletion|blockade"
            + "|inhibition) of )?(?:by )?(?:the )?$");
    private static final Pattern SERIAL_COMMA = Pattern.compile(",\\s*(?:and/or|and|or)(?![\\p{L}])");
    private static final Pattern LIST_COMMA = Pattern.compile("^[\\s)]*,[^\\p{L}]*(?:(?!and|or|but)[\\p{L} ]+ of )?"
            + "(?:the )?$");
    private static final int MAX_GAP = 80;
    /**
     * Words that open a list of examples of the object ({@code the expression of several chemokines that recruit
     * immune cells, including CCL2, CCL3}): the listed names are the objects, and a verb of a relative clause before
     * the list is not a trigger between them and the verb that governs the object.
     */
    private static final Pattern EXAMPLES = Pattern.compile("(?<![\\p{L}])(?:including|such as|like|notably|namely"
            + "|e\\.g\\.|in particular)(?![\\p{L}])[\\s,]*");
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?:that|which|who|whose)(?![\\p{L}])");
    private static final int MAX_EXAMPLE_GAP = 200;
    /**
     * A noun phrase that renames the name before it, in apposition ({@code X, a receptor that ...}) or as the
     * complement of {@code is} ({@code X is a ligand that ...}): a relative clause on it speaks of the name.
     */
    private static final Pattern RENAMING = Pattern.compile("^\\s*(?:,|(?:is|are|was|were|remains?)(?! not))\\s*"
            + "(?:an?|the|one of the)\\s(?:[\\p{L}-]+\\s){1,4}$");
    /**
     * What may stand between a name and its passive participle ({@code X is largely mediated by Y}, {@code X levels
     * were increased by Y}: a measure of the name); any other word is a noun the participle modifies ({@code X, the
     * pathways mediated by Y}).
     */
    private static final Pattern PASSIVE_GAP = Pattern.compile("^[\\s,)]*(?:(?:levels?|expression|amounts?"
            + "|activity|abundance|concentrations?|secretion|production)\\s+)?(?:(?:is|are|was|were|be|been|being"
            + "|not|also|thus|in part|in turn|\\p{L}+ly)\\s+)*$");
    private static final Pattern IN = Pattern.compile("^\\s*in\\b");

    private RelationFinder() {
    }

    /** A trigger found in a sentence, from {@code start} to {@code end}. */
    record Hit(int start, int end, Trigger trigger) {
    }

    /** A name of a coordinated group; {@code contrast} when it follows {@code but not}. */
    record Member(Mention mention, boolean contrast) {
    }

    /**
     * The relations {@code sentence} states between the resolved {@code mentions} in it, each passed through
     * {@code refine}; an anaphor ({@link Anaphora}) is resolved against the sentence's own main relation read before
     * it, else against {@code before}, what the previous sentence left.
     */
    public static SentenceRelations find(String sentence, List<Mention> mentions, Antecedents before,
            UnaryOperator<RelationCandidate> refine) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Mention> usable = mentions.stream().filter(m -> m.concept().isResolved()).toList();
        List<RelationCandidate> out = new ArrayList<>();
        Antecedents here = Antecedents.none();
        if (usable.isEmpty()) {
            return new SentenceRelations(out, here);
        }
        List<Hit> hits = hits(lower, mentions);
        for (Hit hit : hits) {
            Antecedents context = here.isEmpty() ? before : here;
            List<RelationCandidate> read = new ArrayList<>();
            pairs(lower, usable, hit, hits, here, context).forEach(p -> read.add(refine.apply(p)));
            if (here.isEmpty() && !read.isEmpty() && !lower.startsWith("-", hit.start() - 1)) {
                here = Antecedents.of(read);
            }
            out.addAll(read);
        }
        return new SentenceRelations(out, here);
    }

    /** The readings of one trigger. */
    private static List<RelationCandidate> pairs(String lower, List<Mention> usable, Hit hit, List<Hit> hits,
            Antecedents here, Antecedents context) {
        List<RelationCandidate> out = new ArrayList<>();
        boolean implicates = hit.trigger() == Trigger.IMPLICATES;
        List<Member> left = implicates ? rightGroup(lower, usable, hit, hits)
                : Anaphora.subjects(lower, hit, here, context).orElseGet(() -> leftGroup(lower, usable, hit));
        List<Member> right = implicates ? implicatedIn(lower, usable, left, hits)
                : rightGroup(lower, usable, hit, hits);
        if (right.isEmpty() && !left.isEmpty()) {
            right = Anaphora.objects(lower, hit, context);
        }
        if (left.isEmpty() || right.isEmpty()) {
            return out;
        }
        boolean passive = lower.startsWith(" by ", hit.end()) && lower.startsWith("ed", hit.end() - 2);
        if (passive && !PASSIVE_GAP.matcher(lower.substring(Math.min(left.get(left.size() - 1).mention().end(),
                hit.start()), hit.start())).matches()) {
            // "the pathways mediated by X": the participle modifies a noun, not the name before it.
            return out;
        }
        boolean reversed = hit.trigger().reversed() != passive;
        Reading reading = new Reading(lower, hit, left.get(left.size() - 1).mention().end(), passive);
        List<Member> subjects = reversed ? right : left;
        reading.groupLoss(Cues.loss(lower, subjects.get(0).mention().start(),
                subjects.get(subjects.size() - 1).mention().end()));
        for (Member s : subjects) {
            for (Member o : reversed ? left : right) {
                reading.read(s, o).ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<Hit> hits(String lower, List<Mention> mentions) {
        List<Hit> all = new ArrayList<>();
        for (Trigger t : Trigger.values()) {
            Matcher m = t.pattern().matcher(lower);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (mentions.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    all.add(new Hit(s, e, t));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.isEmpty() || h.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static List<Member> leftGroup(String lower, List<Mention> usable, Hit hit) {
        int k = -1;
        for (int i = 0; i < usable.size() && usable.get(i).end() <= hit.start(); i++) {
            k = i;
        }
        int end = hit.start();
        OptionalInt aside = k < 0 ? OptionalInt.empty() : Asides.comparisonStart(lower, usable, k, end);
        if (aside.isPresent()) {
            // "A, like B, verb": B is only compared; the subject stands before the aside.
            end = aside.getAsInt();
            while (k >= 0 && usable.get(k).end() > end) {
                k--;
            }
        }
        if (k < 0 || !closeEnough(lower, usable.get(k).end(), end) || inRelativeClause(lower,
                usable.get(k).end(), end)) {
            return List.of();
        }
        int first = k;
        while (first > 0 && linked(lower, usable, first, 0)) {
            first--;
        }
        return members(lower, usable.subList(first, k + 1));
    }

    private static List<Member> rightGroup(String lower, List<Mention> usable, Hit hit, List<Hit> hits) {
        int k = -1;
        for (int i = usable.size() - 1; i >= 0 && usable.get(i).start() >= hit.end(); i--) {
            k = i;
        }
        if (k < 0) {
            return List.of();
        }
        int start = usable.get(k).start();
        Matcher relative = RELATIVE.matcher(lower.substring(hit.end(), start));
        if (relative.find()) {
            // The object is a noun with a relative clause; its examples, if any, follow the clause.
            Matcher later = EXAMPLES.matcher(lower);
            int limit = Math.min(lower.length(), hit.end() + MAX_EXAMPLE_GAP);
            if (later.find(hit.end() + relative.end()) && later.end() < limit) {
                while (k < usable.size() && usable.get(k).start() < later.end()) {
                    k++;
                }
                if (k == usable.size()) {
                    return List.of();
                }
                start = usable.get(k).start();
            }
        }
        Matcher example = EXAMPLES.matcher(lower.substring(hit.end(), start));
        int from = example.find() ? hit.end() + example.end() : hit.end();
        if (from == hit.end() ? !closeEnough(lower, hit.end(), start) : start - hit.end() > MAX_EXAMPLE_GAP
                || !closeEnough(lower, from, start)) {
            return List.of();
        }
        int objectStart = start;
        if (hits.stream().anyMatch(h -> h.start() >= from && h.end() <= objectStart)) {
            return List.of();
        }
        int last = k;
        while (last + 1 < usable.size() && linked(lower, usable, last + 1, k)) {
            last++;
        }
        return members(lower, usable.subList(k, last + 1));
    }

    /** The objects of {@code implicate A and B in C}: the group right after {@code in} behind the subjects. */
    private static List<Member> implicatedIn(String lower, List<Mention> usable, List<Member> subjects,
            List<Hit> hits) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        int end = subjects.get(subjects.size() - 1).mention().end();
        Matcher in = IN.matcher(lower.substring(end));
        return in.find() ? rightGroup(lower, usable, new Hit(end, end + in.end(), Trigger.PROMOTES), hits)
                : List.of();
    }

    private static List<Member> members(String lower, List<Mention> group) {
        List<Member> out = new ArrayList<>();
        boolean contrast = false;
        for (int i = 0; i < group.size(); i++) {
            if (i > 0 && group.get(i).concept().equals(group.get(i - 1).concept())) {
                continue; // a name restated in its naming bracket
            }
            if (i > 0 && lower.substring(group.get(i - 1).end(), group.get(i).start()).contains("but not")) {
                contrast = true;
            }
            out.add(new Member(group.get(i), contrast));
        }
        return out;
    }

    /**
     * Whether the trigger is the verb of a relative clause whose antecedent is a noun after the name
     * ({@code p53 induced several chemokines that recruit ...}): then the name is not its subject. A pronoun right
     * after the name ({@code p53, which induces}) keeps the name as the subject.
     */
    private static boolean inRelativeClause(String lower, int nameEnd, int triggerStart) {
        Matcher m = RELATIVE.matcher(lower.substring(nameEnd, triggerStart));
        if (!m.find()) {
            return false;
        }
        String antecedent = lower.substring(nameEnd, nameEnd + m.start());
        return antecedent.chars().anyMatch(Character::isLetter) && !RENAMING.matcher(antecedent).matches();
    }

    private static boolean closeEnough(String lower, int from, int to) {
        String gap = lower.substring(from, to);
        return gap.length() <= MAX_GAP && gap.indexOf(';') < 0 && gap.indexOf(':') < 0;
    }

    /**
     * Whether mention {@code i} is coordinated with mention {@code i - 1}. A comma before the conjunction
     * ({@code A, B, and C}) closes a list only after a plain list comma ({@code A, B}) between mentions from
     * {@code from} on; {@code A, and B} joins two clauses, not two names ({@code X expressed A, and B restoration
     * did not ...}).
     */
    private static boolean linked(String lower, List<Mention> usable, int i, int from) {
        String gap = lower.substring(Math.min(usable.get(i - 1).end(), usable.get(i).start()), usable.get(i).start());
        if (Asides.restates(usable.get(i - 1), usable.get(i), gap)) {
            return true;
        }
        boolean closed = lower.startsWith(")", usable.get(i).end()) || lower.startsWith("]", usable.get(i).end());
        if (!COORDINATION.matcher(Asides.listGap(gap, closed)).matches()) {
            return false;
        }
        if (!SERIAL_COMMA.matcher(gap).find()) {
            return true;
        }
        return i - 2 >= from && coordinated(lower, usable.get(i - 2).end(), usable.get(i - 1).start())
                && LIST_COMMA.matcher(lower.substring(Math.min(usable.get(i - 2).end(), usable.get(i - 1).start()),
                        usable.get(i - 1).start())).matches();
    }

    private static boolean coordinated(String lower, int from, int to) {
        return to >= from && COORDINATION.matcher(Asides.listGap(lower.substring(from, to), false)).matches();
    }
}
