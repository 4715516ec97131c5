package org.senescope.mine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.mine.entities.EntityLexicon;
import org.senescope.mine.entities.EntityTagger;
import org.senescope.mine.entities.Mention;
import org.senescope.mine.relations.Antecedents;
import org.senescope.mine.relations.RelationCandidate;
import org.senescope.mine.relations.RelationFinder;
import org.senescope.mine.relations.SentenceRelations;
import org.senescope.mine.text.CleanText;
import org.senescope.mine.text.Sentence;
import org.senescope.mine.text.SentenceSplitter;
import org.senescope.mine.text.TextCleaner;
import org.senescope.model.Relation;

/**
 * Mines plain text: cleans it ({@link TextCleaner}), splits it into sentences, finds the names in each
 * ({@link EntityTagger}) and reads the relations between them ({@link RelationFinder}). Thread-safe; build one per
 * lexicon and reuse it.
 */
public final class Miner {

    private final EntityLexicon lexicon;
    private final EntityTagger tagger;

    public Miner(EntityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.tagger = new EntityTagger(lexicon);
    }

    /** What {@code text}, the plain text of the document named {@code document}, says. */
    public MinedDocument mine(String document, String text) {
        CleanText clean = TextCleaner.clean(text, lexicon.words());
        List<Sentence> sentences = SentenceSplitter.split(clean);
        List<FoundEntity> entities = new ArrayList<>();
        List<CandidateClaim> candidates = new ArrayList<>();
        Antecedents before = Antecedents.none();
        for (Sentence sentence : sentences) {
            List<Mention> mentions = tagger.tag(sentence.text());
            for (Mention m : mentions) {
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                entities.add(new FoundEntity(document, clean.originOf(start), clean.originEnd(end),
                        clean.text().substring(start, end), m.concept()));
            }
            String quote = clean.quote(sentence.start(), sentence.end());
            SentenceRelations read = RelationFinder.find(sentence.text(), mentions, before, this::specific);
            for (RelationCandidate r : read.candidates()) {
                candidates.add(new CandidateClaim(document, quote, r));
            }
            before = read.antecedents();
        }
        return new MinedDocument(document, sentences.size(), entities, candidates);
    }

    /** An agent inducing a process induces the network's node for that form of it, when there is one. */
    private RelationCandidate specific(RelationCandidate r) {
        if (r.relation() != Relation.INDUCES) {
            return r;
        }
        return lexicon.inducedForm(r.source(), r.target())
                .map(form -> r.withTarget(form, "the network names this form \"" + form.id() + "\""))
                .orElse(r);
    }
}
