package org.senescope.export;

import static org.senescope.model.table.ColumnType.STRING;
import static org.senescope.model.table.ColumnType.STRING_LIST;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.senescope.model.Network;
import org.senescope.model.SeedSource;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.Columns;

/** The single-row network table of {@link AttributeTables#network}. */
final class NetworkAttributes {

    /** Provenance may say what the network is; when it does not, a summary is written instead. */
    static final String DESCRIPTION_KEY = "description";

    private static final Set<String> OWN_COLUMNS = Set.of(Columns.NAME, Columns.DESCRIPTION, Columns.SEED_FILES,
            Columns.SEED_TITLES, Columns.SEED_CITATIONS, Columns.SEED_DOIS, Columns.SEED_SHA256);

    private NetworkAttributes() {
    }

    static AttributeTable table(Network network) {
        List<Column> columns = new ArrayList<>();
        List<AttributeValue> values = new ArrayList<>();
        add(columns, values, new Column(Columns.NAME, STRING, "the network's title"), AttributeValue.of(network.name()));
        add(columns, values, new Column(Columns.DESCRIPTION, STRING, "what the network is"),
                AttributeValue.of(description(network)));
        Set<String> taken = new HashSet<>(OWN_COLUMNS);
        for (Map.Entry<String, String> entry : network.provenance().entrySet()) {
            if (entry.getKey().equals(DESCRIPTION_KEY)) {
                continue;
            }
            add(columns, values, new Column(columnName(entry.getKey(), taken), STRING, "provenance: " + entry.getKey()),
                    AttributeValue.of(entry.getValue()));
        }
        addSources(columns, values, network.sources());
        return new AttributeTable(columns, List.of(new AttributeTable.Row(network.name(), values)));
    }

    /**
     * A column name for a provenance key: runs of anything but ASCII letters, digits, '_', '-' and '.' become one
     * '_' (so that the name is also an XML name token, as GraphML's attr.name must be), prefixed with
     * {@value Columns#PROVENANCE_PREFIX} where it would clash with a name already taken.
     */
    static String columnName(String key, Set<String> taken) {
        String name = key.strip().replaceAll("[^A-Za-z0-9_.-]+", "_");
        if (name.isEmpty() || name.equals("_")) {
            name = "key";
        }
        if (taken.contains(name)) {
            name = Columns.PROVENANCE_PREFIX + name;
        }
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            unique = name + "_" + n;
        }
        taken.add(unique);
        return unique;
    }

    private static void addSources(List<Column> columns, List<AttributeValue> values, List<SeedSource> sources) {
        addSourceList(columns, values, sources, Columns.SEED_FILES, "file names of the seed documents",
                SeedSource::file);
        addSourceList(columns, values, sources, Columns.SEED_TITLES, "titles of the seed documents, parallel to seed_files",
                SeedSource::title);
        addSourceList(columns, values, sources, Columns.SEED_CITATIONS, "citations of the seed documents, parallel to seed_files",
                SeedSource::citation);
        addSourceList(columns, values, sources, Columns.SEED_DOIS, "DOIs of the seed documents (empty where none), parallel to seed_files",
                SeedSource::doi);
        addSourceList(columns, values, sources, Columns.SEED_SHA256, "SHA-256 of each seed file, parallel to seed_files",
                SeedSource::sha256);
    }

    private static void addSourceList(List<Column> columns, List<AttributeValue> values, List<SeedSource> sources,
            String name, String description, Function<SeedSource, String> field) {
        add(columns, values, new Column(name, STRING_LIST, description),
                AttributeValue.of(sources.stream().map(field).toList()));
    }

    private static void add(List<Column> columns, List<AttributeValue> values, Column column, AttributeValue value) {
        columns.add(column);
        values.add(value);
    }

    private static String description(Network network) {
        String given = network.provenance().getOrDefault(DESCRIPTION_KEY, "");
        if (!given.isBlank()) {
            return given;
        }
        return network.name() + ": " + network.nodes().size() + " nodes and " + network.edges().size()
                + " edges merging " + network.claims().size() + " curated claims from " + network.sources().size()
                + " seed documents, built by Senescope.";
    }
}
