package org.senescope.export.sif;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.Columns;
import org.senescope.output.TsvCell;

/**
 * Tab-separated text as the SIF file and its tables need it: each field encoded by {@link TsvCell} (a tab or line
 * break escaped, a formula-like field prefixed {@code '}; the SIF and its tables encode an id alike, so Import Table
 * still matches them), lines end with {@code \n}, text is UTF-8. Cytoscape reads tab-separated fields verbatim.
 */
final class TabText {

    private TabText() {
    }

    static Writer open(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    static void writeLine(Writer writer, List<String> fields) throws IOException {
        writer.write(TsvCell.row(fields));
    }

    /**
     * Writes {@code table} with a header row; the first column is {@value Columns#SHARED_NAME}, holding each row's
     * element id, which Import Table matches against the network's key column. Lists are joined with
     * {@value AttributeValue#LIST_SEPARATOR}, Import Table's default list delimiter.
     */
    static void writeTable(AttributeTable table, OutputStream out) throws IOException {
        Writer writer = open(out);
        List<String> header = new ArrayList<>();
        header.add(Columns.SHARED_NAME);
        table.columns().stream().map(Column::name).forEach(header::add);
        writeLine(writer, header);
        for (AttributeTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.elementId());
            row.values().stream().map(AttributeValue::flatText).forEach(fields::add);
            writeLine(writer, fields);
        }
        writer.flush();
    }
}
