package org.senescope.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.read.table.TableOptions;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeTableFileTest {

    @TempDir
    Path tmp;

    @Test
    void writesDeseq2StyleTablesTheOverlayReaderReadsBack() throws Exception {
        DeTable table = new DeTable("day 2", List.of(new DeRow("Trp53", 1.5, 0.001, 0.01),
                new DeRow("Raet1e", 0.0125, 0.9, Double.NaN)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeTableFile.write(table, List.of("SIMULATED data"), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("# SIMULATED data\ngene_symbol\tlog2FoldChange\tpvalue\tpadj\nTrp53\t1.5000\t0.001000\t0.01000\n"
                + "Raet1e\t0.0125\t0.9000\tNA\n", text);
        Path file = tmp.resolve("t.tsv");
        Files.writeString(file, text);
        InputTable back = InputTableReader.read(file, TableOptions.defaults());
        assertEquals(List.of("gene_symbol", "log2FoldChange", "pvalue", "padj"), back.columns());
        assertEquals(2, back.rowCount());
        assertEquals("Trp53", back.cell(0, 0));
        assertEquals(1.5, Double.parseDouble(back.cell(0, 1)));
        assertTrue(back.cell(1, 3).equals("NA") || back.cell(1, 3).isEmpty(), back.cell(1, 3));
    }
}
