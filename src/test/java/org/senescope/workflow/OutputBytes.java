package org.senescope.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Column;
import org.senescope.output.PlannedFile;

/** Output sets and tables in forms tests compare whole: file name to content, element id to column to flat text. */
final class OutputBytes {

    private OutputBytes() {
    }

    /** Each file of {@code files} by name, its content as ISO-8859-1 text (byte for byte), sorted by name. */
    static Map<String, String> of(OutputSet files) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (PlannedFile file : files.files()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.content().writeTo(bytes);
            contents.put(file.target().getFileName().toString(), bytes.toString(StandardCharsets.ISO_8859_1));
        }
        return contents;
    }

    /** Each file in {@code directory} by name, as {@link #of(OutputSet)} renders them. */
    static Map<String, String> in(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }

    /** Per element, per column, the value as flat text, as the exports write it. */
    static Map<String, Map<String, String>> flat(AttributeTable table) {
        Map<String, Map<String, String>> flat = new LinkedHashMap<>();
        for (AttributeTable.Row row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                values.put(column.name(), table.value(row, column.name()).flatText());
            }
            flat.put(row.elementId(), values);
        }
        return flat;
    }

    /** The names of {@code table}'s columns. */
    static List<String> columns(AttributeTable table) {
        return table.columns().stream().map(Column::name).toList();
    }
}
