package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senescope mine}: both tables written, cells formula-safe, a file that is not a PDF refused (exit 65). */
class MineCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesCandidatesAndEntitiesWithFormulaSafeCells() throws IOException {
        Path doc = tmp.resolve("=cmd.txt");
        Files.writeString(doc, "Neutralization of CCL2 prevented angiogenesis.\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("mine", doc.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> candidates = Files.readAllLines(tmp.resolve("out/candidates.tsv"), StandardCharsets.UTF_8);
        assertEquals("source\ttarget\trelation\tsign\tdirection\tdocument\tquote\tevidence_type\tspecies\tmodel\t"
                + "confidence\tscore\ttriggers\tnegated\thedged\tloss_of_function\twhy\tsource_symbol\ttarget_symbol\tdecision\tnote",
                candidates.get(0));
        assertEquals(2, candidates.size());
        assertTrue(candidates.get(1).startsWith("CCL2\tangiogenesis\trequired for\t+\tdirected\t'=cmd.txt\t"
                + "Neutralization of CCL2 prevented angiogenesis.\treview claim\tunspecified\t\tstated\t"),
                candidates.get(1));
        // The why cell opens with a quote, so it is written as a spreadsheet quotes it (merge reads it back so).
        assertTrue(candidates.get(1).endsWith("\tno\tno\tyes\t\"\"\"CCL2\"\" prevented \"\"angiogenesis\"\"; "
                + "loss-of-function wording \"\"neutralization of\"\" turns the sign\"\tCCL2\t\t\t"), candidates.get(1));
        List<String> entities = Files.readAllLines(tmp.resolve("out/entities.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("document\tstart\tend\tsurface\tid\tkind\tsymbol",
                "'=cmd.txt\t18\t22\tCCL2\tCCL2\tnode\tCCL2", "'=cmd.txt\t33\t45\tangiogenesis\tangiogenesis\tnode\t"),
                entities);
    }

    @Test
    void notAPdfIsRefusedWithExit65SayingWhatWasExpected() throws IOException {
        Path doc = tmp.resolve("paper.pdf");
        Files.writeString(doc, "x", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("mine", doc.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(65, run.exitCode());
        assertTrue(run.err().contains(doc + ": expected a PDF document (a file starting with %PDF-), found text "
                + "starting \"x\""), run.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
