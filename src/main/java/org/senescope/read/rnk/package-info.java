/**
 * GSEA's ranked-list format ({@code .rnk}): one gene and one statistic per line, tab-separated, with an optional
 * header line and {@code #} comments. What reading found (duplicates and the rule that resolved them, ties, skipped
 * non-finite statistics, bad rows) is returned with the list, never dropped silently.
 */
package org.senescope.read.rnk;
