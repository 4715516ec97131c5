package org.senescope.mine.entities;

/**
 * One name of a concept in the lexicon.
 *
 * @param concept what the name stands for
 * @param written the name as the source writes it
 * @param form    how strictly a text must match it
 */
record NameEntry(Concept concept, String written, NameForm form) {
}
