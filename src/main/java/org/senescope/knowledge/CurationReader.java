package org.senescope.knowledge;

import org.jspecify.annotations.Nullable;

import org.senescope.model.Claim;
import org.senescope.model.Module;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.SeedSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a curation folder ({@code sources.tsv}, {@code modules.tsv}, {@code nodes.tsv}, {@code claims.tsv},
 * {@code layout.tsv}) and the seed documents it names, and checks them against each other. Every problem in every file
 * is collected before failing.
 */
public final class CurationReader {

    static final String SOURCES = "sources.tsv";
    static final String MODULES = "modules.tsv";
    static final String LAYOUT = "layout.tsv";

    private CurationReader() {
    }

    /**
     * Reads and checks the curation.
     *
     * @param curation the folder holding the curation files
     * @param seeds    the folder holding the seed documents that {@code sources.tsv} names
     * @param genes    the gene tables that node identifiers are checked against
     * @throws CurationException with every problem found, each with its file, line and column
     */
    public static Curation read(ResourceDirectory curation, ResourceDirectory seeds, GeneReference genes)
            throws CurationException {
        List<CurationProblem> problems = new ArrayList<>();
        List<String[]> sourceRows = readSources(curation, problems);
        SeedCorpus corpus = SeedCorpus.read(seeds, sourceRows.stream().map(r -> r[0]).toList(), problems);
        List<SeedSource> sources = sourceRows.stream()
                .filter(r -> corpus.document(r[0]).isPresent())
                .map(r -> new SeedSource(r[0], r[1], r[2], r[3], corpus.document(r[0]).orElseThrow().sha256()))
                .toList();
        List<Module> modules = readModules(curation, problems);
        Set<String> nodeIds = new HashSet<>();
        List<Node> nodes = NodeTableReader.read(curation, modules.stream().map(Module::id).collect(Collectors.toSet()),
                genes, nodeIds, problems);
        List<Claim> claims = ClaimTableReader.read(curation, nodeIds, corpus, problems);
        boolean curatedLayout = exists(curation, LAYOUT);
        Map<String, Position> layout = curatedLayout ? readLayout(curation, nodes, nodeIds, problems)
                : placeholderGrid(nodes);
        if (!problems.isEmpty()) {
            throw new CurationException(problems);
        }
        return new Curation(sources, modules, nodes, claims, layout, curatedLayout);
    }

    private static boolean exists(ResourceDirectory dir, String name) {
        try {
            dir.open(name).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Positions for a curation without {@code layout.tsv} (an extended or new network): nodes on a square grid in file
     * order, so every export still carries positions; figures lay such networks out automatically.
     */
    private static Map<String, Position> placeholderGrid(List<Node> nodes) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(nodes.size())));
        Map<String, Position> grid = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            int column = i % columns;
            int row = i / columns;
            grid.put(nodes.get(i).id(), new Position(150.0 * column, 100.0 * row));
        }
        return grid;
    }

    private static List<String[]> readSources(ResourceDirectory dir, List<CurationProblem> problems) {
        CurationTable table = CurationTable.read(dir, SOURCES, List.of("file", "title", "citation", "doi", "stated_at"),
                problems);
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CurationTable.Row row : table.rows()) {
            String file = row.get("file");
            if (file.isEmpty() || file.contains("/") || file.contains("\\")) {
                problems.add(table.problem(row, "file", "expected a plain file name in the seeds folder, found '"
                        + file + "'"));
            } else if (!seen.add(file)) {
                problems.add(table.problem(row, "file", "seed '" + file + "' is listed twice"));
            } else if (row.get("title").isEmpty() || row.get("citation").isEmpty()) {
                problems.add(table.problem(row, row.get("title").isEmpty() ? "title" : "citation",
                        "empty; every seed is cited with its title and its authors, venue and year"));
            } else {
                rows.add(new String[] {file, row.get("title"), row.get("citation"), row.get("doi")});
            }
        }
        return rows;
    }

    private static List<Module> readModules(ResourceDirectory dir, List<CurationProblem> problems) {
        CurationTable table = CurationTable.read(dir, MODULES, List.of("id", "label", "description"), problems);
        List<Module> modules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CurationTable.Row row : table.rows()) {
            if (row.get("id").isEmpty() || row.get("label").isEmpty()) {
                problems.add(table.problem(row, row.get("id").isEmpty() ? "id" : "label", "empty"));
            } else if (!seen.add(row.get("id"))) {
                problems.add(table.problem(row, "id", "duplicate module id '" + row.get("id") + "'"));
            } else {
                modules.add(new Module(row.get("id"), row.get("label"), row.get("description")));
            }
        }
        return modules;
    }

    private static Map<String, Position> readLayout(ResourceDirectory dir, List<Node> nodes, Set<String> nodeIds,
                                                    List<CurationProblem> problems) {
        CurationTable table = CurationTable.read(dir, LAYOUT, List.of("id", "x", "y"), problems);
        Map<String, Position> layout = new LinkedHashMap<>();
        for (CurationTable.Row row : table.rows()) {
            String id = row.get("id");
            if (!nodeIds.contains(id)) {
                problems.add(table.problem(row, "id", "unknown node '" + id + "'; expected a node id from nodes.tsv"));
                continue;
            }
            if (layout.containsKey(id)) {
                problems.add(table.problem(row, "id", "node '" + id + "' is placed twice"));
                continue;
            }
            Double x = coordinate(table, row, "x", problems);
            Double y = coordinate(table, row, "y", problems);
            if (x != null && y != null) {
                layout.put(id, new Position(x, y));
            }
        }
        if (!table.rows().isEmpty()) {
            for (Node n : nodes) {
                if (!layout.containsKey(n.id())) {
                    problems.add(new CurationProblem(table.file(), 0, 0, "no position for node '" + n.id() + "'"));
                }
            }
        }
        return layout;
    }

    private static @Nullable Double coordinate(CurationTable table, CurationTable.Row row, String column,
                                     List<CurationProblem> problems) {
        try {
            double v = Double.parseDouble(row.get(column));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        problems.add(table.problem(row, column, "expected a finite number, found '" + row.get(column) + "'"));
        return null;
    }
}
