/**
 * Text of a document as the miner reads it: line-end hyphens resolved with a word list, citation numbers fused to
 * words removed, blocks inserted in the middle of a sentence set aside, and the text split into sentences; every
 * character of the result keeps its offset in the original. Pure functions of their input; no I/O.
 */
package org.senescope.mine.text;
