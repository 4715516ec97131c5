package org.senescope.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.model.format.NetworkFormat;
import org.senescope.output.PlannedFile;
import org.senescope.workflow.FileOutput;
import org.senescope.workflow.NetworkJob;
import org.senescope.workflow.NetworkRequest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The network committed in {@code networks/} is exactly what {@code senescope network --out networks} writes. */
class CommittedNetworkTest {

    private static final Path NETWORKS = Path.of("networks");

    private static List<PlannedFile> fresh;

    @BeforeAll
    static void build() throws Exception {
        fresh = new NetworkJob().run(new NetworkRequest(NetworkRequest.Curation.BUNDLED, NetworkRequest.Genes.BUNDLED,
                new FileOutput.Folder(NETWORKS, "senescence-immunity", List.of(NetworkFormat.values())))).files().files();
    }

    @Test
    void committedFilesEqualAFreshBuild() throws Exception {
        for (PlannedFile file : fresh) {
            Path committed = file.target();
            assertTrue(Files.exists(committed), committed + " is missing; " + REBUILD);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            file.content().writeTo(bytes);
            assertArrayEquals(bytes.toByteArray(), Files.readAllBytes(committed),
                    committed + " differs from a fresh build; " + REBUILD);
        }
    }

    @Test
    void networksHoldsNothingStale() throws Exception {
        List<Path> expected = fresh.stream().map(PlannedFile::target).toList();
        try (var files = Files.list(NETWORKS)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .forEach(p -> assertTrue(expected.contains(p), p + " is not written by the build"));
        }
    }

    private static final String REBUILD = "rebuild with: ./mvnw -q -B package -DskipTests && "
            + "java -jar target/senescope-0.1.0.jar network --out networks --overwrite";
}
