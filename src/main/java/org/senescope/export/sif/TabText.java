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

/**
 * Tab-separated text as the SIF file and its tables need it: fields never contain a tab or a line break (each is
 * replaced by a space, which only whitespace-folded text could contain anyway), lines end with {@code \n}, text is
 * UTF-8. Quotes are left as they are: Cytoscape reads tab-separated fields verbatim.
 */
final class TabText {

    private TabText() {
    }

    /** {@code text} with every tab, carriage return and line feed replaced by a space. */
    static String field(String text) {
        return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    static Writer open(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    static void writeLine(Writer writer, List<String> fields) throws IOException {
        writer.write(String.join("\t", fields.stream().map(TabText::field).toList()));
        writer.write('\n');
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
