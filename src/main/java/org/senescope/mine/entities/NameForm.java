package org.senescope.mine.entities;

/**
 * How a name is written in the lexicon, which decides how strictly a text must match it. Earlier constants win
 * when one stretch of text matches names of several forms.
 */
enum NameForm {
    /** A node's label, alias or id words written as words: matched in any case. */
    NODE_NAME,
    /** A node's acronym or symbol (a capital after the first letter, or a digit): any case, not all lower case. */
    NODE_SYMBOL,
    /** An MGI symbol: exact case only, so it wins over a human symbol matched in another case. */
    MOUSE_SYMBOL,
    /** An official HGNC symbol: exact case, or any case when it has a digit and the text is not all lower case. */
    HUMAN_SYMBOL,
    /** A gene's full name: any case. */
    GENE_NAME,
    /** Another symbol or previous symbol of a gene: exact case, gene-like (see {@link NameGuards}). */
    GENE_ALIAS
}
