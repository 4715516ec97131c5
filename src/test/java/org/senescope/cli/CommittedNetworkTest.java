package org.senescope.cli;

import org.senescope.export.files.NetworkFiles;

import org.junit.jupiter.api.Test;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network committed in {@code networks/} is exactly what a fresh build of the bundled curation writes. */
class CommittedNetworkTest {

    private static final Path NETWORKS = Path.of("networks");

    @Test
    void committedFilesEqualAFreshBuild() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        for (NetworkFormat format : NetworkFormat.values()) {
            for (OutputFile file : NetworkFiles.of(format, "senescence-immunity")) {
                Path committed = NETWORKS.resolve(file.fileName());
                assertTrue(Files.exists(committed), committed + " is missing; " + REBUILD);
                ByteArrayOutputStream fresh = new ByteArrayOutputStream();
                file.writer().write(network, fresh);
                assertArrayEquals(fresh.toByteArray(), Files.readAllBytes(committed),
                        committed + " differs from a fresh build; " + REBUILD);
            }
        }
    }

    @Test
    void networksHoldsNothingStale() throws Exception {
        try (var files = Files.list(NETWORKS)) {
            var expected = Arrays.stream(NetworkFormat.values())
                    .flatMap(f -> NetworkFiles.of(f, "senescence-immunity").stream()).map(OutputFile::fileName).toList();
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .forEach(n -> assertTrue(expected.contains(n), "networks/" + n + " is not written by the build"));
        }
    }

    private static final String REBUILD = "rebuild with: ./mvnw -q -B package -DskipTests && "
            + "java -jar target/senescope-0.1.0.jar network --out networks";
}
