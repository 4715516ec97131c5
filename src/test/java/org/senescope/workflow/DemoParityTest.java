package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.SenescopeCommand;

/**
 * {@code senescope demo} writes exactly the files the demo job plans, byte for byte (the mapping report and notes
 * name the folder they were made for), and the job writes nothing until asked.
 */
class DemoParityTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandWritesTheJobsFiles() throws Exception {
        Path fromJob = tmp.resolve("job");
        DemoResult result = DemoJob.run(new DemoRequest(fromJob, DemoRequest.DEFAULT_SEED));
        assertFalse(Files.exists(fromJob), "the job plans; nothing is written before files().write()");
        result.files().write(ExistingFiles.REFUSE);
        Path fromCli = tmp.resolve("cli");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SenescopeCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "demo", "--out",
                fromCli.toString());
        assertEquals(0, code, err.toString());

        assertEquals(11, list(fromJob).size());
        assertEquals(list(fromJob), list(fromCli));
        assertEquals(result.files().paths().stream().map(p -> p.getFileName().toString()).toList(),
                result.contents().stream().map(c -> c.path().getFileName().toString()).toList(),
                "every file is described, in the order written");
        for (String name : list(fromJob)) {
            byte[] job = Files.readAllBytes(fromJob.resolve(name));
            byte[] cli = Files.readAllBytes(fromCli.resolve(name));
            if (name.endsWith(".mapping.tsv")) {
                assertEquals(Files.readString(fromJob.resolve(name)).replace(fromJob.toString(), "FOLDER"),
                        Files.readString(fromCli.resolve(name)).replace(fromCli.toString(), "FOLDER"), name);
            } else {
                assertArrayEquals(job, cli, name);
            }
        }
        assertEquals(result.notes().stream().map(n -> "Mapping: " + n.replace(fromJob.toString(), "FOLDER"))
                        .toList(),
                out.toString().lines().filter(l -> l.startsWith("Mapping: "))
                        .map(l -> l.replace(fromCli.toString(), "FOLDER")).toList());
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
