package org.senescope.genes;

import org.jspecify.annotations.Nullable;

import org.senescope.failure.InputFormatException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.senescope.model.Species;

/**
 * The curated human–mouse ortholog table (background knowledge, not taken from the seed documents; see the README
 * next to the resource for where each identifier was verified). Orthology is often not one-to-one, so lookups return
 * every row, never the first hit; {@link #oneToOneMouseOrtholog} answers only when no choice is involved. Mouse genes
 * are found by MGI symbol, Entrez id, Ensembl id (where verified) and alias; an alias may name several genes. Lookup
 * arguments must not be null; results are immutable. Immutable and safe to share between threads.
 */
public final class MouseOrthologTable {
    /** Classpath name of the shipped table. */
    public static final String SHIPPED_RESOURCE = "/org/senescope/genes/mouse-orthologs.tsv";
    /** The header the table must have, in this order. */
    public static final List<String> COLUMNS = List.of("human_symbol", "human_entrez", "mouse_symbol",
            "mouse_entrez", "mgi_id", "mouse_ensembl", "mouse_aliases", "ortholog_type", "note");

    private final List<MouseOrtholog> rows;
    private final Map<String, List<MouseOrtholog>> byHuman = new HashMap<>();
    private final Map<String, List<MouseOrtholog>> byHumanFolded = new HashMap<>();
    private final Map<String, List<MouseOrtholog>> byMouseFolded = new HashMap<>();
    private final Map<String, List<MouseOrtholog>> byMouseEntrez = new HashMap<>();
    private final Map<String, List<MouseOrtholog>> byMouseEnsembl = new HashMap<>();
    private final Map<String, List<MouseOrtholog>> byMouseAlias = new HashMap<>();
    private final Set<String> mouseGenes = new HashSet<>();
    private final Set<String> mouseGenesWithEnsembl = new HashSet<>();

    /** A table of these rows, in this order. */
    public MouseOrthologTable(List<MouseOrtholog> rows) {
        this.rows = List.copyOf(rows);
        for (MouseOrtholog row : this.rows) {
            if (row.hasHuman()) {
                byHuman.computeIfAbsent(row.humanSymbol(), k -> new ArrayList<>()).add(row);
                byHumanFolded.computeIfAbsent(HumanGeneTable.fold(row.humanSymbol()), k -> new ArrayList<>()).add(row);
            }
            if (row.hasMouse()) {
                byMouseFolded.computeIfAbsent(HumanGeneTable.fold(row.mouseSymbol()), k -> new ArrayList<>()).add(row);
            }
            if (!row.mouseEntrez().isEmpty()) {
                byMouseEntrez.computeIfAbsent(row.mouseEntrez(), k -> new ArrayList<>()).add(row);
            }
            if (row.hasMouse()) {
                mouseGenes.add(row.mouseSymbol());
            }
            if (row.hasMouseEnsembl()) {
                byMouseEnsembl.computeIfAbsent(row.mouseEnsembl(), k -> new ArrayList<>()).add(row);
                mouseGenesWithEnsembl.add(row.mouseSymbol());
            }
            for (String alias : row.mouseAliases()) {
                byMouseAlias.computeIfAbsent(HumanGeneTable.fold(alias), k -> new ArrayList<>()).add(row);
            }
        }
    }

    /** Reads the table shipped in the Senescope jar; an {@link IOException} here means a broken build. */
    public static MouseOrthologTable readShipped() throws IOException {
        return new MouseOrthologTable(GeneTsv.readResource(SHIPPED_RESOURCE, COLUMNS, new MouseOrthologParser()));
    }

    /**
     * Reads a table file of the same form, plain or gzip-compressed.
     *
     * @throws InputFormatException naming file, line and column of the first bad field, including a mouse gene
     *                                  whose ids or aliases differ between its rows, or an alias that is another
     *                                  mouse gene's symbol
     */
    public static MouseOrthologTable read(Path file) throws IOException {
        return new MouseOrthologTable(GeneTsv.readFile(file, COLUMNS, new MouseOrthologParser()));
    }

    /** All rows in table order. */
    public List<MouseOrtholog> rows() {
        return rows;
    }

    /** Rows for a human symbol: exact (case-sensitive) matches if any, else matches ignoring case. */
    public List<MouseOrtholog> byHumanSymbol(String humanSymbol) {
        List<MouseOrtholog> exact = byHuman.get(humanSymbol);
        return view(exact != null ? exact : byHumanFolded.get(HumanGeneTable.fold(humanSymbol)));
    }

    /**
     * Rows whose mouse symbol matches ignoring case, reported as {@link Species#MOUSE} matches: mouse data sets often
     * write symbols in upper case, and {@code RAET1E} from such a set is mouse Raet1e.
     */
    public List<OrthologMatch> byMouseSymbol(String mouseSymbol) {
        return matches(Species.MOUSE, view(byMouseFolded.get(HumanGeneTable.fold(mouseSymbol))));
    }

    /**
     * Rows for a mouse Ensembl gene id, with or without a version suffix ({@code ENSMUSG00000059552.14}) and in any
     * case. Only ids verified for the table are known: see {@link #mouseGenesWithEnsembl()}.
     */
    public List<MouseOrtholog> byMouseEnsembl(String ensemblId) {
        return view(byMouseEnsembl.get(HumanGeneTable.normaliseEnsembl(ensemblId)));
    }

    /**
     * Rows whose mouse gene has this alias, ignoring case. Several mouse genes may share an alias: every row of each
     * is returned, and choosing between them is the caller's (or nobody's) business.
     */
    public List<MouseOrtholog> byMouseAlias(String alias) {
        return view(byMouseAlias.get(HumanGeneTable.fold(alias)));
    }

    /** How many distinct mouse genes the table names. */
    public int mouseGeneCount() {
        return mouseGenes.size();
    }

    /** How many distinct mouse genes carry a verified Ensembl id. */
    public int mouseGenesWithEnsembl() {
        return mouseGenesWithEnsembl.size();
    }

    /** Rows for a mouse Entrez Gene id (written as digits). */
    public List<MouseOrtholog> byMouseEntrez(String mouseEntrez) {
        return view(byMouseEntrez.get(mouseEntrez.trim()));
    }

    /**
     * Rows for a symbol from a data set of the given species. For {@link Species#UNSPECIFIED} the case decides:
     * rows whose human or mouse symbol matches exactly come first (human side first); only if there are none, rows
     * matching either side ignoring case.
     */
    public List<OrthologMatch> bySymbol(String symbol, Species species) {
        return switch (species) {
            case HUMAN -> matches(Species.HUMAN, byHumanSymbol(symbol));
            case MOUSE -> byMouseSymbol(symbol);
            default -> bySymbolOfEitherSpecies(symbol);
        };
    }

    private List<OrthologMatch> bySymbolOfEitherSpecies(String symbol) {
        List<OrthologMatch> exact = new ArrayList<>(matches(Species.HUMAN, view(byHuman.get(symbol))));
        for (OrthologMatch match : byMouseSymbol(symbol)) {
            if (match.ortholog().mouseSymbol().equals(symbol)) {
                exact.add(match);
            }
        }
        if (!exact.isEmpty()) {
            return List.copyOf(exact);
        }
        List<OrthologMatch> folded = new ArrayList<>(matches(Species.HUMAN, byHumanSymbol(symbol)));
        folded.addAll(byMouseSymbol(symbol));
        return List.copyOf(folded);
    }

    /** The mouse ortholog of a human gene, present only when the table has exactly one row for it and it is 1:1. */
    public Optional<MouseOrtholog> oneToOneMouseOrtholog(String humanSymbol) {
        return onlyOneToOne(byHumanSymbol(humanSymbol));
    }

    /** The human ortholog of a mouse gene, present only when the table has exactly one row for it and it is 1:1. */
    public Optional<MouseOrtholog> oneToOneHumanOrtholog(String mouseSymbol) {
        return onlyOneToOne(view(byMouseFolded.get(HumanGeneTable.fold(mouseSymbol))));
    }

    private static Optional<MouseOrtholog> onlyOneToOne(List<MouseOrtholog> found) {
        return found.size() == 1 && found.get(0).isOneToOne() ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<OrthologMatch> matches(Species side, List<MouseOrtholog> found) {
        return found.stream().map(row -> new OrthologMatch(side, row)).toList();
    }

    private static List<MouseOrtholog> view(@Nullable List<MouseOrtholog> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
