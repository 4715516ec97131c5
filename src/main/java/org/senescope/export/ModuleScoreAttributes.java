package org.senescope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.NetworkTables;

/**
 * The columns module scores add after a network's own (and an overlay's): on nodes every scored module of the node as
 * {@code module: statistic value} ({@value #SCORES_COLUMN}), and the value, q and id of its first-listed scored
 * module ({@value #SCORE_COLUMN}, {@value #Q_COLUMN}, {@value #MODULE_COLUMN}: missing or empty for a node in no
 * scored module); on the network what the scores are. Stateless.
 */
public final class ModuleScoreAttributes {

    /** Node column: every scored module of the node, e.g. {@code sasp_chemokines: NES 1.593}. */
    public static final String SCORES_COLUMN = "module_scores";
    /** Node column: the score of the node's first-listed scored module. */
    public static final String SCORE_COLUMN = "module_score";
    /** Node column: that module's adjusted p-value. */
    public static final String Q_COLUMN = "module_score_q";
    /** Node column: that module's id. */
    public static final String MODULE_COLUMN = "module_score_module";

    private ModuleScoreAttributes() {
    }

    /** {@code tables} of {@code network} with the module-score columns appended. */
    public static NetworkTables addTo(NetworkTables tables, Network network, ModuleScores scores) {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(scores, "scores");
        Map<String, Node> nodes = network.nodesById();
        List<Column> nodeColumns = List.of(
                new Column(SCORES_COLUMN, ColumnType.STRING_LIST, "the scores of the node's modules (" + scores.method()
                        + ", " + scores.statistic() + "), as module: value"),
                new Column(SCORE_COLUMN, ColumnType.DOUBLE, scores.statistic() + " of the node's first-listed scored "
                        + "module (" + MODULE_COLUMN + ")"),
                new Column(Q_COLUMN, ColumnType.DOUBLE, scores.qLabel() + " of that module"),
                new Column(MODULE_COLUMN, ColumnType.STRING, "the module whose score " + SCORE_COLUMN + " holds"));
        AttributeTable nodeTable = tables.nodes().withColumns(nodeColumns,
                id -> nodeValues(Objects.requireNonNull(nodes.get(id), id), scores));
        List<Column> networkColumns = List.of(
                new Column("module_score_method", ColumnType.STRING, "the analysis that scored the modules"),
                new Column("module_score_statistic", ColumnType.STRING, "what " + SCORE_COLUMN + " holds"),
                new Column("module_score_source", ColumnType.STRING, "the file the module scores were read from"));
        List<AttributeValue> networkValues = List.of(AttributeValue.of(scores.method()),
                AttributeValue.of(scores.statistic()), AttributeValue.of(scores.source()));
        AttributeTable networkTable = tables.network().withColumns(networkColumns, id -> networkValues);
        return new NetworkTables(networkTable, nodeTable, tables.edges());
    }

    private static List<AttributeValue> nodeValues(Node node, ModuleScores scores) {
        List<String> items = new ArrayList<>();
        ModuleScore first = null;
        for (String module : node == null ? List.<String>of() : node.modules()) {
            ModuleScore score = scores.of(module).orElse(null);
            if (score == null) {
                continue;
            }
            items.add(module + ": " + scores.statistic() + " " + (Double.isNaN(score.value()) ? "NA"
                    : String.format(Locale.ROOT, "%.3f", score.value())));
            if (first == null) {
                first = score;
            }
        }
        return List.of(AttributeValue.of(items),
                AttributeValue.ofDecimal(first == null ? Double.NaN : first.value()),
                AttributeValue.ofDecimal(first == null ? Double.NaN : first.q()),
                AttributeValue.of(first == null ? "" : first.moduleId()));
    }
}
