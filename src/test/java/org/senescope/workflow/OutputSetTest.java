package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.output.InputOverwriteException;
import org.senescope.output.PlannedFile;

class OutputSetTest {

    @TempDir
    Path tmp;

    private static PlannedFile text(Path target) {
        return new PlannedFile(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileThatLeavesTheFolderThroughDotDotIsRefusedOnConstruction() {
        Path out = tmp.resolve("out");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OutputSet(out, List.of(text(out.resolve("a.tsv")), text(out.resolve("../../x.png")))));
        assertEquals(out.resolve("../../x.png") + " is not inside the output folder " + out, e.getMessage());
    }

    @Test
    void aFileInASiblingFolderWhoseNameStartsLikeTheFolderIsOutside() {
        Path out = tmp.resolve("out");
        assertThrows(IllegalArgumentException.class,
                () -> new OutputSet(out, List.of(text(tmp.resolve("out2").resolve("a.tsv")))));
        assertThrows(IllegalArgumentException.class, () -> new OutputSet(out, List.of(text(out))));
    }

    @Test
    void filesInTheFolderOrBelowItAndDotDotThatStaysInsideAreAccepted() throws IOException {
        Path out = tmp.resolve("out");
        OutputSet set = new OutputSet(out, List.of(text(out.resolve("a.tsv")),
                text(out.resolve("plots").resolve("b.tsv")), text(out.resolve("plots/../c.tsv"))));
        set.write(ExistingFiles.REFUSE);
        assertEquals("new\n", Files.readString(out.resolve("plots").resolve("b.tsv")));
        assertEquals("new\n", Files.readString(out.resolve("c.tsv")));
    }

    @Test
    void anInputReachedThroughDotDotIsNotWrittenAndNothingElseIsEither() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path input = Files.writeString(out.resolve("in.tsv"), "old\n");
        Path target = out.resolve("missing").resolve("..").resolve("in.tsv");
        OutputSet set = new OutputSet(out, List.of(text(out.resolve("first.tsv")), text(target)))
                .reading(List.of(tmp.resolve("out/./in.tsv")));
        InputOverwriteException e = assertThrows(InputOverwriteException.class, () -> set.write(ExistingFiles.REFUSE));
        assertEquals(target.toString(), e.getFile());
        assertEquals(tmp.resolve("out/./in.tsv").toString(), e.getOtherFile());
        assertEquals("would overwrite the input " + tmp.resolve("out/./in.tsv") + "; nothing written", e.getReason());
        assertArrayEquals("old\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(input));
        assertFalse(Files.exists(out.resolve("first.tsv")), "the check comes before any file is written");
    }

    @Test
    void filesThatAreNotInputsAreWrittenBesideThem() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path input = Files.writeString(out.resolve("in.tsv"), "old\n");
        new OutputSet(out, List.of(text(out.resolve("result.tsv")))).reading(List.of(input)).write(ExistingFiles.REFUSE);
        assertEquals("new\n", Files.readString(out.resolve("result.tsv")));
        assertEquals("old\n", Files.readString(input));
    }
}
