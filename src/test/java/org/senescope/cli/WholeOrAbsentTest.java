package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.workflow.DemoJob;
import org.senescope.workflow.DemoRequest;
import org.senescope.workflow.ExistingFiles;
import org.senescope.workflow.OutputSet;

/**
 * Every output set is written whole or not at all, and never over a file the run did not write unless
 * {@code --overwrite} is given: a full disk, a folder that cannot be written, a folder in the way of one output and a
 * foreign file of an output's name each end in one line and exit 74 with the folder exactly as it was.
 */
class WholeOrAbsentTest {

    private static final String HS = "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv";

    @TempDir
    Path tmp;

    private static void assertRefused(CliRun run, String line) {
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals(line + "\n", run.err());
    }

    @Test
    void aFolderInTheWayOfTheMappingReportLeavesNoOverlayFileNotEvenTheCx2() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("O"));
        Path report = Files.createDirectory(out.resolve("x.mapping-report.tsv"));
        List<String> before = FolderSnapshot.of(out);
        CliRun run = CliRun.of("overlay", HS, "--out", out.toString(), "--name", "x");
        assertRefused(run, "senescope overlay: " + report
                + ": is a folder where a file would be written; nothing written");
        assertEquals(before, FolderSnapshot.of(out));
    }

    private static CliRun gsea(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("gsea", "--table", HS, "--column", "stat", "--modules",
                "--min-size", "2", "--permutations", "100", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aFolderInTheWayOfTheThirdTableLeavesNoneOfTheGseaTables() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("G"));
        Path settings = Files.createDirectory(out.resolve("gsea-settings.tsv"));
        List<String> before = FolderSnapshot.of(out);
        assertRefused(gsea(out), "senescope gsea: " + settings
                + ": is a folder where a file would be written; nothing written");
        assertEquals(before, FolderSnapshot.of(out));
    }

    @Test
    void aFolderInTheWayOfTheModuleNetworkTakesBackTheTablesAlreadyInPlace() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("G"));
        Path cx2 = Files.createDirectory(out.resolve("gsea-modules.cx2"));
        List<String> before = FolderSnapshot.of(out);
        assertRefused(gsea(out, "--figure", "svg", "--export", "cx2"), "senescope gsea: " + cx2
                + ": is a folder where a file would be written; nothing written");
        assertEquals(before, FolderSnapshot.of(out), "the tables were placed, then rolled back with the figure");
    }

    @Test
    void aForeignFileOfAnOutputsNameIsRefusedWithoutOverwriteAndReplacedWithIt() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("N"));
        Path sif = Files.writeString(out.resolve("senescence-immunity.sif"), "my own network\n");
        Path notes = Files.writeString(out.resolve("notes.txt"), "mine\n");
        List<String> before = FolderSnapshot.of(out);
        CliRun refused = CliRun.of("network", "--out", out.toString(), "--format", "cx2,sif");
        assertRefused(refused, "senescope network: " + sif
                + ": already exists; nothing written (use --overwrite to replace it)");
        assertEquals(before, FolderSnapshot.of(out));

        CliRun replaced = CliRun.of("network", "--out", out.toString(), "--format", "cx2,sif", "--overwrite");
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertEquals(FolderSnapshot.sha256(Path.of("networks", "senescence-immunity.sif")), FolderSnapshot.sha256(sif),
                "the network's own SIF (as committed) replaced the file");
        assertEquals("mine\n", Files.readString(notes), "a file of another name is left alone");
        assertEquals(List.of("", "notes.txt", "senescence-immunity.cx2", "senescence-immunity.edges.tsv",
                "senescence-immunity.nodes.tsv", "senescence-immunity.sif"), names(out));
    }

    private static List<String> names(Path dir) throws IOException {
        return FolderSnapshot.of(dir).stream().map(line -> line.replaceAll("[ /].*", "")).toList();
    }

    @Test
    void demoRefusesAFolderThatIsNotEmptyUnlessOverwriteIsGiven() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("D"));
        Files.writeString(out.resolve("senescence-immunity.cx2"), "{\"my\": \"own\"}\n");
        List<String> before = FolderSnapshot.of(out);
        assertRefused(CliRun.of("demo", "--out", out.toString()), "senescope demo: " + out
                + ": is a folder that is not empty; nothing written (use --overwrite to write into it)");
        assertEquals(before, FolderSnapshot.of(out));

        CliRun run = CliRun.of("demo", "--out", out.toString(), "--overwrite");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("senescence-immunity.cx2")).startsWith("["), "replaced by the demo's");
    }

    @Test
    void demoWritesIntoAnEmptyFolderWithoutOverwrite() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("D"));
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("senescence-immunity.cx2")));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAndLeftAsItWas() throws IOException, InterruptedException {
        Path out = Files.createDirectories(tmp.resolve("R"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        List<String> before = FolderSnapshot.of(out);
        boolean root = "root".equals(System.getProperty("user.name"));
        String reason;
        if (root) {
            // Root ignores permission bits; an immutable folder (chattr +i) refuses even root, where the file
            // system has the attribute.
            assumeTrue(new ProcessBuilder("chattr", "+i", out.toString()).start().waitFor() == 0,
                    "chattr +i is not available here");
            reason = "Operation not permitted";
        } else {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
            reason = "permission denied";
        }
        try {
            assertRefused(CliRun.of("network", "--out", out.toString(), "--format", "sif"),
                    "senescope network: " + out + ": " + reason + "; nothing written");
            assertEquals(before, FolderSnapshot.of(out));
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", out.toString()).start().waitFor();
            } else {
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aFullDiskLeavesNoneOfTheDemosFiles() throws IOException {
        try (FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setBlockSize(4096)
                .setMaxSize(256 * 1024).build())) {
            Path out = Files.createDirectories(disk.getPath("/home/me/demo"));
            Files.writeString(out.resolve("notes.txt"), "mine\n");
            List<String> before = FolderSnapshot.of(disk.getPath("/"));
            OutputSet files = DemoJob.run(new DemoRequest(out, DemoRequest.DEFAULT_SEED)).files();
            IOException e = assertThrows(IOException.class, () -> files.write(ExistingFiles.REPLACE));
            // Which file meets the full disk first depends on the files' sizes; the message names it and says
            // nothing was written.
            String message = IoFailureText.of(e);
            assertTrue(message.matches("/home/me/demo/[^/]+\\.(png|tsv|svg|pdf|html|cx2|xgmml|graphml|cyjs|sif|txt|xml): "
                    + "out of disk space; nothing written"), message);
            assertEquals(ExitCodes.IO_ERROR, ExitCodes.of(e));
            assertEquals(before, FolderSnapshot.of(disk.getPath("/")));
        }
    }
}
