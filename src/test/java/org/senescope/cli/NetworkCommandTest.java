package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryFormatAndSaysWhat() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("network", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("senescence-immunity.cx2", "senescence-immunity.cyjs", "senescence-immunity.edges.tsv",
                "senescence-immunity.graphml", "senescence-immunity.nodes.tsv", "senescence-immunity.sif",
                "senescence-immunity.style.xml", "senescence-immunity.xgmml"), list(out));
        assertTrue(run.out().startsWith("Senescence–immunity network: 58 nodes, 125 edges, 157 claims (35 finding "
                + "reported in the seed, 21 prior work the seed cites, 58 review claim, 18 hypothesis, 15 negative "
                + "finding, 10 background)"), run.out());
        assertTrue(run.out().contains("Wrote 8 files to " + out), run.out());
    }

    @Test
    void writesOnlyTheFormatsAsked() throws IOException {
        CliRun run = CliRun.of("network", "--out", tmp.toString(), "--format", "sif,cx2", "--name", "net");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("net.cx2", "net.edges.tsv", "net.nodes.tsv", "net.sif"), list(tmp));
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("network", "--out", tmp.toString(), "--format", "cx2,pdf");
        assertEquals(2, run.exitCode());
        assertEquals("senescope: Invalid value for option '--format' (FORMAT): unknown format 'pdf'; expected one of: "
                + "cx2, xgmml, graphml, sif, cyjs", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void curationWithoutSeedsIsAUsageError() {
        CliRun run = CliRun.of("network", "--out", tmp.toString(), "--curation", "networks/senescence-immunity");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("senescope: --curation and --seeds go together; give both or neither",
                "Try 'senescope network --help'."), run.err().lines().toList());
    }

    @Test
    void badCurationExits65WithLocatedProblemsAndWritesNothing() throws IOException {
        Path curation = tmp.resolve("curation");
        Files.createDirectories(curation);
        try (Stream<Path> files = Files.list(Path.of("networks/senescence-immunity"))) {
            for (Path f : files.toList()) {
                Files.copy(f, curation.resolve(f.getFileName()));
            }
        }
        Path claims = curation.resolve("claims.tsv");
        Files.writeString(claims, Files.readString(claims).replace("had no effect in this setting", "had no effect"));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("network", "--out", out.toString(), "--curation", curation.toString(), "--seeds", "seeds");
        assertEquals(65, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(4, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("senescope network: " + claims + ":"), lines.get(0));
        assertTrue(lines.get(0).contains(":7: column 'quote': not found in seed 003_662adfca3ea2fe09.txt; nearest "
                + "passage: \"Conversely, neutralizing CCL3, CCL4, and CCL5 had no effect"), lines.get(0));
        assertEquals("3 problem(s) in the curation; nothing written", lines.get(3));
        assertTrue(Files.notExists(out));
    }

    @Test
    void unwritableOutputExits74() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun run = CliRun.of("network", "--out", file.toString());
        assertEquals(74, run.exitCode());
        assertEquals("senescope network: " + file + ": already exists", run.err().strip());
    }

    @Test
    void aNewerHgncFileIsAppliedAndEverySkippedLineReported() {
        String hgnc = "src/test/resources/org/senescope/genes/hgnc/hgnc-sample.tsv";
        CliRun run = CliRun.of("network", "--out", tmp.toString(), "--format", "sif", "--hgnc", hgnc);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("HGNC file " + hgnc + ": 7 data lines, 4 genes read, 3 lines skipped; 3 genes "
                + "updated, 1 not applied"), run.out());
        assertEquals(List.of(
                "senescope network: skipped " + hgnc + ":4: expected 13 tab-separated fields, found 6",
                "senescope network: skipped " + hgnc + ":6:13: expected an HGNC ID, found an empty field",
                "senescope network: skipped " + hgnc + ":7: expected 13 tab-separated fields, found 1 (empty line)",
                "senescope network: not applied " + hgnc + ": KLRK1: 2 genes of the table match: KLRK1 (22914), "
                        + "KLRC4-KLRK1 (100528032)"), run.err().lines().toList());
    }

    @Test
    void versionAndHelp() {
        assertEquals("senescope 0.1.0", CliRun.of("--version").out().strip());
        CliRun help = CliRun.of("network", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--format=FORMAT"), help.out());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
