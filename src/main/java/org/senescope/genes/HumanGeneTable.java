package org.senescope.genes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An immutable table of human genes with indexed lookups. Symbols are not unique in Entrez Gene (e.g. two genes named
 * HBD), aliases are ambiguous (P19 names CDKN2A, F9, REG1A and IL23A) and an Ensembl or UniProt id can belong to
 * several genes, so every lookup but the Entrez one returns a list, in table order, never just the first hit. Lookup
 * arguments must not be null; results are immutable. Safe to share between threads. Read one with
 * {@link HumanGeneTableReader}.
 */
public final class HumanGeneTable {
    private final String source;
    private final @Nullable LocalDate snapshotDate;
    private final List<HumanGene> genes;
    private final Map<Integer, HumanGene> byEntrez;
    private final GeneIndex bySymbol;
    private final GeneIndex bySymbolFolded;
    private final GeneIndex byAliasFolded;
    private final GeneIndex byEnsembl;
    private final GeneIndex byUniprot;

    private HumanGeneTable(String source, @Nullable LocalDate snapshotDate, List<HumanGene> genes) {
        this.source = Objects.requireNonNull(source, "source");
        this.snapshotDate = snapshotDate;
        this.genes = List.copyOf(genes);
        int size = this.genes.size();
        this.byEntrez = new HashMap<>(size * 4 / 3 + 1);
        this.bySymbol = new GeneIndex(size);
        this.bySymbolFolded = new GeneIndex(size);
        this.byAliasFolded = new GeneIndex(size * 2);
        this.byEnsembl = new GeneIndex(size);
        this.byUniprot = new GeneIndex(size);
        for (HumanGene gene : this.genes) {
            HumanGene earlier = byEntrez.putIfAbsent(gene.entrezId(), gene);
            if (earlier != null) {
                throw new IllegalArgumentException("two genes with Entrez id " + gene.entrezId() + ": "
                        + earlier.symbol() + " and " + gene.symbol());
            }
            bySymbol.add(gene.symbol(), gene);
            bySymbolFolded.add(fold(gene.symbol()), gene);
            for (String alias : gene.aliases()) {
                byAliasFolded.add(fold(alias), gene);
            }
            for (String id : gene.ensemblIds()) {
                byEnsembl.add(normaliseEnsembl(id), gene);
            }
            for (String id : gene.uniprotIds()) {
                byUniprot.add(normaliseUniprot(id), gene);
            }
        }
    }

    /** A table of {@code genes} (Entrez ids must be unique) from {@code source}, without a snapshot date. */
    public static HumanGeneTable of(String source, List<HumanGene> genes) {
        return new HumanGeneTable(source, null, genes);
    }

    /** A table of {@code genes} (Entrez ids must be unique) from {@code source} as of {@code snapshotDate}. */
    public static HumanGeneTable of(String source, LocalDate snapshotDate, List<HumanGene> genes) {
        return new HumanGeneTable(source, Objects.requireNonNull(snapshotDate, "snapshotDate"), genes);
    }

    /**
     * A new table in which each gene of {@code replacements} replaces the gene with the same Entrez id, or is added at
     * the end if there is none. The result has no snapshot date, since it mixes sources; {@code source} should say so.
     *
     * @throws IllegalArgumentException if {@code replacements} holds one Entrez id twice
     */
    public HumanGeneTable withReplacements(String source, Collection<HumanGene> replacements) {
        Map<Integer, HumanGene> pending = new LinkedHashMap<>();
        for (HumanGene gene : replacements) {
            if (pending.put(gene.entrezId(), gene) != null) {
                throw new IllegalArgumentException("two replacements for Entrez id " + gene.entrezId());
            }
        }
        List<HumanGene> merged = new ArrayList<>(genes.size() + pending.size());
        for (HumanGene gene : genes) {
            HumanGene replacement = pending.remove(gene.entrezId());
            merged.add(replacement == null ? gene : replacement);
        }
        merged.addAll(pending.values());
        return new HumanGeneTable(source, null, merged);
    }

    /** Where the genes come from, in words (database, version, snapshot, or a file name). */
    public String source() {
        return source;
    }

    /** The date of the Entrez Gene snapshot the genes were taken from, when known. */
    public Optional<LocalDate> snapshotDate() {
        return Optional.ofNullable(snapshotDate);
    }

    /** The number of genes (rows). */
    public int size() {
        return genes.size();
    }

    /** All genes in table order. */
    public List<HumanGene> genes() {
        return genes;
    }

    /** The gene with this Entrez id. */
    public Optional<HumanGene> byEntrezId(int entrezId) {
        return Optional.ofNullable(byEntrez.get(entrezId));
    }

    /** The gene with this Entrez id written as text; empty as well when the text is not a number. */
    public Optional<HumanGene> byEntrezId(String entrezId) {
        try {
            return byEntrezId(Integer.parseInt(entrezId.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Genes whose official symbol is {@code symbol}: exact (case-sensitive) matches if there are any, else matches
     * ignoring case. Usually one gene; a few symbols are shared in Entrez Gene.
     */
    public List<HumanGene> bySymbol(String symbol) {
        return bySymbol.containsKey(symbol) ? bySymbol.get(symbol) : bySymbolFolded.get(fold(symbol));
    }

    /**
     * All genes that carry {@code alias} as an alias or previous symbol, ignoring case; genes where the case matches
     * too come first. Aliases are ambiguous, so expect several genes (P21 names CDKN1A, TCEAL1, NSG1 and H3P16).
     */
    public List<HumanGene> byAlias(String alias) {
        List<HumanGene> matches = byAliasFolded.get(fold(alias));
        if (matches.size() < 2) {
            return matches;
        }
        List<HumanGene> ordered = new ArrayList<>(matches.size());
        for (HumanGene gene : matches) {
            if (gene.aliases().contains(alias)) {
                ordered.add(gene);
            }
        }
        for (HumanGene gene : matches) {
            if (!gene.aliases().contains(alias)) {
                ordered.add(gene);
            }
        }
        return Collections.unmodifiableList(ordered);
    }

    /** {@link #bySymbol} matches first, then {@link #byAlias} matches, each gene once. */
    public List<HumanGene> bySymbolOrAlias(String name) {
        Set<HumanGene> found = new LinkedHashSet<>(bySymbol(name));
        found.addAll(byAlias(name));
        return List.copyOf(found);
    }

    /** Genes with this Ensembl gene id; a version suffix ({@code ENSG00000141510.17}) and case are ignored. */
    public List<HumanGene> byEnsemblId(String ensemblId) {
        return byEnsembl.get(normaliseEnsembl(ensemblId));
    }

    /** Genes with this UniProt accession; case and an isoform suffix ({@code P04637-2}) are ignored. */
    public List<HumanGene> byUniprot(String accession) {
        return byUniprot.get(normaliseUniprot(accession));
    }

    @Override
    public String toString() {
        return "HumanGeneTable[" + genes.size() + " genes from " + source + "]";
    }

    static String fold(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }

    /** Strips a trailing {@code .digits} version: Ensembl ids carry one in GTF files and expression tables. */
    static String normaliseEnsembl(String id) {
        String folded = fold(id);
        int dot = folded.lastIndexOf('.');
        if (dot > 0 && dot < folded.length() - 1 && isDigits(folded, dot + 1)) {
            return folded.substring(0, dot);
        }
        return folded;
    }

    private static String normaliseUniprot(String accession) {
        String folded = fold(accession);
        int dash = folded.lastIndexOf('-');
        if (dash > 0 && dash < folded.length() - 1 && isDigits(folded, dash + 1)) {
            return folded.substring(0, dash);
        }
        return folded;
    }

    private static boolean isDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
