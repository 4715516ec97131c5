package org.senescope.export;

import org.senescope.export.files.NetworkFiles;

import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.cyjs.CyjsWriter;
import org.senescope.export.graphml.GraphmlWriter;
import org.senescope.export.sif.AttributeTableWriter;
import org.senescope.export.sif.SifWriter;
import org.senescope.export.xgmml.CytoscapeStyleWriter;
import org.senescope.export.xgmml.XgmmlWriter;

class NetworkFormatTest {

    @Test
    void findsFormatsByNameIgnoringCase() {
        assertEquals(Optional.of(NetworkFormat.CX2), NetworkFormat.fromName("cx2"));
        assertEquals(Optional.of(NetworkFormat.XGMML), NetworkFormat.fromName("XGMML"));
        assertEquals(Optional.of(NetworkFormat.SIF), NetworkFormat.fromName(" Sif "));
        assertEquals(Optional.empty(), NetworkFormat.fromName("gml"));
        assertEquals(Optional.empty(), NetworkFormat.fromName(""));
    }

    @Test
    void listsEachFormatsFilesWithTheirWriters() {
        assertFiles(NetworkFormat.CX2, List.of("net.cx2"), List.of(Cx2Writer.class));
        assertFiles(NetworkFormat.XGMML, List.of("net.xgmml", "net.style.xml"),
                List.of(XgmmlWriter.class, CytoscapeStyleWriter.class));
        assertFiles(NetworkFormat.GRAPHML, List.of("net.graphml"), List.of(GraphmlWriter.class));
        assertFiles(NetworkFormat.SIF, List.of("net.sif", "net.nodes.tsv", "net.edges.tsv"),
                List.of(SifWriter.class, AttributeTableWriter.class, AttributeTableWriter.class));
        assertFiles(NetworkFormat.CYJS, List.of("net.cyjs"), List.of(CyjsWriter.class));
    }

    @Test
    void sifTablesHoldNodesThenEdges() throws IOException {
        List<OutputFile> files = NetworkFiles.of(NetworkFormat.SIF, "net");
        assertTrue(header(files.get(1)).startsWith("shared name\tname\tsenescope_id\tkind\t"));
        assertTrue(header(files.get(2)).startsWith("shared name\tname\tinteraction\trelation\t"));
    }

    @Test
    void theMainFileCarriesTheFormatsName() {
        for (NetworkFormat format : NetworkFormat.values()) {
            assertTrue(NetworkFiles.of(format, "x").get(0).fileName().endsWith("." + format.formatName()), format.name());
        }
    }

    @Test
    void refusesABlankBaseName() {
        assertThrows(IllegalArgumentException.class, () -> NetworkFiles.of(NetworkFormat.SIF, " "));
    }

    private static String header(OutputFile file) throws IOException {
        String text = new String(TestDocuments.bytes(file.writer(), NetworkFixture.network()), StandardCharsets.UTF_8);
        return text.substring(0, text.indexOf('\n'));
    }

    private static void assertFiles(NetworkFormat format, List<String> names, List<Class<?>> writers) {
        List<OutputFile> files = NetworkFiles.of(format, "net");
        assertEquals(names, files.stream().map(OutputFile::fileName).toList());
        assertEquals(writers, files.stream().map(f -> (Class<?>) f.writer().getClass()).toList());
    }
}
