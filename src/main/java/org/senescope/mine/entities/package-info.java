/**
 * Entity recognition: a lexicon of every name of the network's nodes and of the human and mouse genes, and a tagger
 * that finds them in a sentence with the guards that keep ordinary tokens (abbreviations, short aliases, parts of a
 * longer name) from counting as genes. An alias naming several genes is reported as ambiguous, never guessed.
 */
package org.senescope.mine.entities;
