/**
 * Preranked gene-set enrichment analysis as fgsea computes it: the enrichment score with weight 1 and its leading
 * edge (exactly), the normalised score from 1,000 random gene sets of each size, and p-values by adaptive multilevel
 * splitting (fgseaMultilevel), so that p-values far below 1/permutations are estimated with their error
 * ({@code log2err}). Random numbers come from one seed, split per task, so results do not depend on the number of
 * threads.
 */
package org.senescope.analysis.gsea;
