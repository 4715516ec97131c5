package org.senescope.overlay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;

/** The bundled network and gene tables, built once for all overlay tests, and small tables made in code. */
final class OverlayFixtures {

    static final GeneReference GENES = SenescenceImmunityNetwork.bundledGenes();
    static final Network NETWORK = build();
    static final Path DATA = Path.of("..", "shared", "data");

    private OverlayFixtures() {
    }

    private static Network build() {
        try {
            return SenescenceImmunityNetwork.buildBundled();
        } catch (CurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static OverlayMapper mapper() {
        return new OverlayMapper(NETWORK, GENES);
    }

    /** A table from tab-separated lines, the first the header; data rows are on lines 2, 3... */
    static InputTable table(String source, String... lines) {
        List<String> columns = List.of(lines[0].split("\t", -1));
        List<List<String>> rows = new ArrayList<>();
        long[] numbers = new long[lines.length - 1];
        for (int i = 1; i < lines.length; i++) {
            rows.add(List.of(lines[i].split("\t", -1)));
            numbers[i - 1] = i + 1;
        }
        return new InputTable(source, columns, rows, numbers);
    }
}
