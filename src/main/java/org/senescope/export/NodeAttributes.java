package org.senescope.export;

import static org.senescope.model.table.ColumnType.STRING;
import static org.senescope.model.table.ColumnType.STRING_LIST;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Columns;

/** The node columns of {@link AttributeTables#nodes}. */
final class NodeAttributes {

    private NodeAttributes() {
    }

    static AttributeTable table(Network network) {
        Map<String, Module> modules = network.modules().stream()
                .collect(Collectors.toMap(Module::id, Function.identity()));
        List<ColumnDefinition<Node>> definitions = List.of(
                ColumnDefinition.of(Columns.NAME, STRING, "the label shown on the node",
                        n -> AttributeValue.of(n.label())),
                ColumnDefinition.of(Columns.SENESCOPE_ID, STRING, "the node's stable Senescope id (the HGNC symbol for human genes)",
                        n -> AttributeValue.of(n.id())),
                ColumnDefinition.of(Columns.KIND, STRING, "what the node stands for: gene, gene family, complex, cell type, ...",
                        n -> AttributeValue.of(n.kind().label())),
                ColumnDefinition.of(Columns.HGNC_SYMBOLS, STRING_LIST, "HGNC symbols of the human genes the node stands for",
                        n -> AttributeValue.of(n.humanSymbols())),
                ColumnDefinition.of(Columns.ENTREZ_IDS, STRING_LIST, "Entrez Gene ids, parallel to hgnc_symbols",
                        n -> AttributeValue.of(n.entrezIds())),
                ColumnDefinition.of(Columns.ENSEMBL_IDS, STRING_LIST, "Ensembl gene ids, parallel to hgnc_symbols",
                        n -> AttributeValue.of(n.ensemblIds())),
                ColumnDefinition.of(Columns.MOUSE_SYMBOLS, STRING_LIST, "MGI symbols of the mouse genes the node stands for",
                        n -> AttributeValue.of(n.mouseSymbols())),
                ColumnDefinition.of(Columns.ALIASES, STRING_LIST, "other names the seeds or the field use",
                        n -> AttributeValue.of(n.aliases())),
                ColumnDefinition.of(Columns.MODULES, STRING_LIST, "ids of the modules the node belongs to",
                        n -> AttributeValue.of(n.modules())),
                ColumnDefinition.of(Columns.MODULE_LABELS, STRING_LIST, "labels of the modules, parallel to modules",
                        n -> AttributeValue.of(n.modules().stream().map(id -> moduleOf(modules, id).label()).toList())),
                ColumnDefinition.of(Columns.DESCRIPTION, STRING, "one line on what the node is",
                        n -> AttributeValue.of(n.description())));
        return ColumnDefinition.table(network.nodes(), Node::id, definitions);
    }

    /** A module a node belongs to; the network checked on construction that it has every such module. */
    private static Module moduleOf(Map<String, Module> modules, String id) {
        return Objects.requireNonNull(modules.get(id), id);
    }
}
