package org.senescope.genes.hgnc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;

/**
 * Lays a newer HGNC download over a human gene table, so that lookups use HGNC's current symbols, names and aliases.
 * HGNC's 13-column layout has no Entrez id, so each approved HGNC gene is matched to a table gene by Ensembl gene id,
 * else by identical approved symbol, else by a previous symbol that is the table gene's symbol (a renamed gene); only
 * a single, unambiguous candidate counts. A matched gene keeps its Entrez id and gene type and takes HGNC's symbol,
 * name, chromosome, Ensembl and UniProt ids where HGNC gives them; its old symbol, HGNC's previous and alias symbols
 * join its aliases, so old names still find it. Genes HGNC cannot place are listed, never guessed.
 *
 * <p>Typical use: {@code HgncOverlay.apply(new HumanGeneTableReader().readShipped(),
 * new HgncFileReader(RejectPolicy.SKIP).read(path)).table()}. Stateless and thread-safe.
 */
public final class HgncOverlay {
    private HgncOverlay() {
    }

    /** An HGNC gene that was not applied, and why. */
    public record Unapplied(HgncGene gene, String reason) {
        public Unapplied {
            Objects.requireNonNull(gene, "gene");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The outcome of an overlay.
     *
     * @param table     the new table (the base with the updated genes replaced)
     * @param updated   the table genes as updated, in HGNC file order
     * @param unapplied HGNC genes that were withdrawn, unmatched or ambiguous
     */
    public record Result(HumanGeneTable table, List<HumanGene> updated, List<Unapplied> unapplied) {
        public Result {
            Objects.requireNonNull(table, "table");
            updated = List.copyOf(updated);
            unapplied = List.copyOf(unapplied);
        }
    }

    /** Overlays {@code hgnc} on {@code base}; {@code base} itself is unchanged. */
    public static Result apply(HumanGeneTable base, HgncReadResult hgnc) {
        Map<Integer, HgncGene> usedBy = new HashMap<>();
        List<HumanGene> updated = new ArrayList<>();
        List<Unapplied> unapplied = new ArrayList<>();
        for (HgncGene gene : hgnc.genes()) {
            if (!gene.isApproved()) {
                unapplied.add(new Unapplied(gene, "status is '" + gene.status() + "', not Approved"));
                continue;
            }
            List<HumanGene> candidates = candidates(base, gene);
            if (candidates.size() != 1) {
                unapplied.add(new Unapplied(gene, candidates.isEmpty() ? "no gene of the table matches"
                        : candidates.size() + " genes of the table match: " + symbols(candidates)));
                continue;
            }
            HumanGene target = candidates.get(0);
            HgncGene earlier = usedBy.putIfAbsent(target.entrezId(), gene);
            if (earlier != null) {
                unapplied.add(new Unapplied(gene, "Entrez gene " + target.entrezId() + " was already updated from "
                        + earlier.hgncId()));
                continue;
            }
            updated.add(updated(target, gene));
        }
        String source = base.source() + ", updated from HGNC file " + hgnc.file();
        return new Result(base.withReplacements(source, updated), updated, unapplied);
    }

    private static List<HumanGene> candidates(HumanGeneTable base, HgncGene gene) {
        if (!gene.ensemblGeneId().isEmpty()) {
            List<HumanGene> byEnsembl = base.byEnsemblId(gene.ensemblGeneId());
            if (!byEnsembl.isEmpty()) {
                return byEnsembl;
            }
        }
        List<HumanGene> bySymbol = exactSymbol(base, gene.approvedSymbol());
        if (!bySymbol.isEmpty()) {
            return bySymbol;
        }
        Set<HumanGene> renamed = new LinkedHashSet<>();
        for (String previous : gene.previousSymbols()) {
            renamed.addAll(exactSymbol(base, previous));
        }
        return List.copyOf(renamed);
    }

    private static List<HumanGene> exactSymbol(HumanGeneTable base, String symbol) {
        // bySymbol falls back to ignoring case; an HGNC match must be exact.
        return base.bySymbol(symbol).stream().filter(g -> g.symbol().equals(symbol)).toList();
    }

    private static HumanGene updated(HumanGene target, HgncGene gene) {
        Set<String> aliases = new LinkedHashSet<>(target.aliases());
        if (!target.symbol().equals(gene.approvedSymbol())) {
            aliases.add(target.symbol());
        }
        aliases.addAll(gene.previousSymbols());
        aliases.addAll(gene.aliasSymbols());
        aliases.remove(gene.approvedSymbol());
        List<String> ensembl = gene.ensemblGeneId().isEmpty() ? target.ensemblIds() : List.of(gene.ensemblGeneId());
        return new HumanGene(target.entrezId(), gene.approvedSymbol(),
                orElse(gene.approvedName(), target.name()), target.geneType(), ensembl,
                gene.uniprotIds().isEmpty() ? target.uniprotIds() : gene.uniprotIds(),
                List.copyOf(aliases), orElse(chromosomeName(gene.chromosome()), target.chromosome()));
    }

    private static String orElse(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** HGNC gives a band ({@code 17p13.1}); the table keeps the chromosome ({@code 17}). */
    private static String chromosomeName(String band) {
        int end = 0;
        while (end < band.length() && (Character.isDigit(band.charAt(end)) || "XYM".indexOf(band.charAt(end)) >= 0)) {
            end++;
        }
        return band.substring(0, end);
    }

    private static String symbols(List<HumanGene> genes) {
        return String.join(", ", genes.stream().map(g -> g.symbol() + " (" + g.entrezId() + ")").toList());
    }
}
