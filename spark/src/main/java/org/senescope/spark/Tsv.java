package org.senescope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes a data set as one tab-separated file on the driver, streaming one partition at a time (never the whole
 * table in the driver's memory). Doubles as Java's shortest round-trip text, so reading the file back gives the same
 * doubles; a missing value is an empty field.
 */
final class Tsv {

    private Tsv() {
    }

    static void write(Dataset<Row> rows, Path file) throws IOException {
        String[] columns = rows.columns();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", columns));
            out.write('\n');
            Iterator<Row> it = rows.toLocalIterator();
            while (it.hasNext()) {
                Row row = it.next();
                for (int i = 0; i < columns.length; i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    Object value = row.get(i);
                    out.write(value == null ? "" : value.toString());
                }
                out.write('\n');
            }
        }
    }
}
