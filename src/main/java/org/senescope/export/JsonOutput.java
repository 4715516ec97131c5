package org.senescope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;

/**
 * What the JSON formats (CX2, Cytoscape.js) share: a generator configured for deterministic, readable output, and the
 * writing of attribute rows as JSON fields. Stateless and thread-safe; nulls are not accepted.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {
    }

    /**
     * A UTF-8 generator on {@code out}, indented with two spaces and {@code \n} whatever the platform, so that the same
     * network gives the same bytes everywhere. Closing the generator flushes {@code out} but does not close it.
     */
    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        generator.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return generator;
    }

    /**
     * Writes each value of {@code row} as a field named by its column: lists as arrays, the rest as scalars. Missing
     * values are left out, since JSON has no NaN and Cytoscape reads an absent attribute as missing.
     */
    public static void writeFields(JsonGenerator generator, List<Column> columns, AttributeTable.Row row)
            throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (row.values().get(i).isMissing()) {
                continue;
            }
            generator.writeFieldName(columns.get(i).name());
            writeValue(generator, row.values().get(i));
        }
    }

    public static void writeValue(JsonGenerator generator, AttributeValue value) throws IOException {
        if (value instanceof AttributeValue.Text text) {
            generator.writeString(text.text());
        } else if (value instanceof AttributeValue.WholeNumber number) {
            generator.writeNumber(number.number());
        } else if (value instanceof AttributeValue.Flag flag) {
            generator.writeBoolean(flag.set());
        } else if (value instanceof AttributeValue.Decimal decimal) {
            generator.writeNumber(decimal.number());
        } else if (value instanceof AttributeValue.TextList list) {
            generator.writeStartArray();
            for (String item : list.items()) {
                generator.writeString(item);
            }
            generator.writeEndArray();
        } else if (value instanceof AttributeValue.DecimalList list) {
            generator.writeStartArray();
            for (double item : list.items()) {
                generator.writeNumber(item);
            }
            generator.writeEndArray();
        }
    }
}
