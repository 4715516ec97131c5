package org.senescope.bench.mine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Abstract-length documents (13 to 20 sentences, about 1,200 to 2,000 characters, wrapped at 80 columns like a text
 * file saved from a PDF) made deterministically from sentence frames written for the benchmark, none from the seeds.
 * Each frame's slots take genes, cells and processes drawn by a seeded {@link Random}, so the texts differ and mix
 * the miner's paths: coordination, negation, hedging, loss of function, relative clauses, anaphors, and names
 * outside the network.
 */
final class SyntheticAbstracts {

    private static final String[] GENES = {"CCL2", "CXCL1", "IL6", "IL-15", "TP53", "KRAS", "NKG2D", "MICA",
        "ULBP2", "CDKN1A", "p16INK4a", "IL1A", "TGFB1", "PD-L1", "CD274", "STAT3", "NFKB1", "BRCA1", "MYC", "EGFR",
        "VEGFA", "IFNG", "GZMB", "PRF1", "HLA-E", "CD8A", "TNF", "IL-12", "IL10", "chemokine (C-C motif) ligand 5"};
    private static final String[] CELLS = {"NK cells", "macrophages", "CD8+ T cells", "senescent tumour cells",
        "neutrophils", "fibroblasts", "hepatocytes", "dendritic cells", "myeloid-derived suppressor cells"};
    private static final String[] PROCESSES = {"senescence", "apoptosis", "tumour growth", "angiogenesis",
        "the senescence-associated secretory phenotype", "immune clearance of senescent cells", "inflammation",
        "the DNA damage response", "infiltration of NK cells", "tumour progression"};
    private static final String[] FRAMES = {
        "Here we show that {G} induces the expression of {G} and {G} in {C}.",
        "Loss of {G} blocks {P} in mouse models of liver cancer.",
        "{C} secrete {G}, {G} as well as {G}, which recruit {C} to the tumour bed.",
        "Neutralizing {G} had no effect on {P} in this setting.",
        "These findings suggest that {G} may promote {P} through {G}.",
        "Previous studies have shown that {C} eliminate {C} expressing {G}.",
        "In patients with melanoma, high {G} expression was associated with {P}.",
        "{G} is dispensable for {P}, whereas {G} is required for {P}.",
        "Mechanistically, {G}, a ligand of {G}, activates {C} and triggers {P}.",
        "Treatment with doxorubicin caused {P} in {C}, resulting in {P}.",
        "Depletion of {C} did not alter {P} but reduced the production of {G}.",
        "Our data indicate that {G}-deficient mice fail to develop {P}.",
        "It is well accepted that {P} is a barrier to {P} in vivo (Fig. 2a).",
        "{G} mutations allow {C} to bypass {P} and evade {C}.",
        "Together, {G} and {G} could act as mediators of {P} in ageing tissues.",
        "The cohort comprised 48 women and 37 men aged 54 to 81 years (median 67.5).",
        "Samples were collected at 9 AM and 5 PM, and RNA was sequenced on an Illumina platform.",
        "We further found that {C} upregulate {G}, an immune checkpoint that helps them escape {C}.",
        "Inhibition of {G} with a small molecule suppressed {P} by 40%, independently of {G}.",
        "Such an effect was not observed in {C} lacking {G}.",
        "{G} binds {G} on the surface of {C}, thereby sensitising them to killing by {C}.",
        "Importantly, {P} was unaffected by {G} neutralization, but not by {G} neutralization.",
    };

    private SyntheticAbstracts() {
    }

    /** {@code count} documents from the generator seeded with {@code seed}; the same arguments give the same texts. */
    static List<String> of(int count, long seed) {
        Random random = new Random(seed);
        List<String> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = 13 + random.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                text.append(fill(FRAMES[random.nextInt(FRAMES.length)], random)).append(' ');
            }
            docs.add(wrap(text.toString().trim()));
        }
        return docs;
    }

    private static String fill(String frame, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < frame.length()) {
            if (frame.startsWith("{G}", i)) {
                out.append(GENES[random.nextInt(GENES.length)]);
            } else if (frame.startsWith("{C}", i)) {
                out.append(CELLS[random.nextInt(CELLS.length)]);
            } else if (frame.startsWith("{P}", i)) {
                out.append(PROCESSES[random.nextInt(PROCESSES.length)]);
            } else {
                out.append(frame.charAt(i));
                i++;
                continue;
            }
            i += 3;
        }
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Breaks lines at the last space before column 80, as text extracted from a page keeps its line ends. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + 40);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i - lineStart >= 80 && lastSpace > lineStart) {
                out.setCharAt(lastSpace, '\n');
                lineStart = lastSpace + 1;
            }
            if (c == ' ') {
                lastSpace = i;
            }
            out.append(c);
        }
        return out.toString();
    }
}
