/**
 * Relations stated in a sentence between the entities found in it: trigger words with their direction and sign,
 * coordinated lists expanded, negation and contrast turned into negative findings, hedging into hypotheses and
 * loss-of-function wording into the sign it implies for the gene.
 */
package org.senescope.mine.relations;
