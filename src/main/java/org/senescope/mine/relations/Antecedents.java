package org.senescope.mine.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.senescope.mine.entities.Concept;
import org.senescope.model.Relation;

/**
 * What the main relation of a sentence (its first trigger that is a clause's verb, not a hyphenated modifier such as
 * {@code p53-induced}) leaves for a later anaphor to name: its subjects, for {@code it}/{@code they}, and its objects,
 * for {@code these cells}, {@code such a response}, {@code in this setting}. Immutable.
 *
 * @param subjects distinct subjects, in the order read
 * @param objects  distinct objects, in the order read
 * @param produced whether the relation brings its objects about (induces, promotes, recruits, activates ...), so that
 *                 an event noun ({@code such a response}) can name them; after {@code kill} or {@code inhibit} the
 *                 event is not the object
 */
public record Antecedents(List<Concept> subjects, List<Concept> objects, boolean produced) {

    private static final Set<Relation> PRODUCING = EnumSet.of(Relation.INDUCES, Relation.INDUCES_EXPRESSION_OF,
            Relation.INDUCES_SECRETION_OF, Relation.UPREGULATES, Relation.ACTIVATES, Relation.RECRUITS,
            Relation.PROMOTES);

    public Antecedents {
        subjects = List.copyOf(subjects);
        objects = List.copyOf(objects);
    }

    /** Nothing to refer back to: the start of a document. */
    public static Antecedents none() {
        return new Antecedents(List.of(), List.of(), false);
    }

    /** The subjects and objects of {@code candidates}, one relation's readings. */
    static Antecedents of(List<RelationCandidate> candidates) {
        Set<Concept> subjects = new LinkedHashSet<>();
        Set<Concept> objects = new LinkedHashSet<>();
        boolean produced = true;
        for (RelationCandidate c : candidates) {
            subjects.add(c.source());
            objects.add(c.target());
            produced &= PRODUCING.contains(c.relation());
        }
        return new Antecedents(new ArrayList<>(subjects), new ArrayList<>(objects), produced);
    }

    /** Whether there is nothing to refer back to. */
    public boolean isEmpty() {
        return subjects.isEmpty() && objects.isEmpty();
    }
}
