package org.senescope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Timeout;
import org.senescope.knowledge.Curation;
import org.senescope.knowledge.CurationReader;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;

/**
 * The curation's readers (sources, modules, nodes, claims and layout tables, checked against each other): the shipped
 * curation with one of its five files replaced by any bytes. The first byte picks the file.
 */
class CurationFuzzTest {

    private static final List<String> FILES = List.of("sources.tsv", "modules.tsv", "nodes.tsv", "claims.tsv",
            "layout.tsv");
    private static final ResourceDirectory SHIPPED = ResourceDirectory.bundled("org/senescope/curation");
    private static final ResourceDirectory SEEDS = ResourceDirectory.bundled("org/senescope/seeds");
    private static final GeneReference GENES = SenescenceImmunityNetwork.bundledGenes();

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(FuzzedDataProvider input) {
        String replaced = FILES.get(input.consumeInt(0, FILES.size() - 1));
        byte[] data = input.consumeRemainingAsBytes();
        ResourceDirectory curation = new ResourceDirectory() {
            @Override
            public InputStream open(String name) throws IOException {
                return name.equals(replaced) ? new ByteArrayInputStream(data) : SHIPPED.open(name);
            }

            @Override
            public String describe(String name) {
                return name;
            }
        };
        ReaderContract.holds(data, in -> {
            Curation c = CurationReader.read(curation, SEEDS, GENES);
            return replaced.equals("claims.tsv") ? c.claims().size() : 0;
        });
    }
}
