package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.senescope.output.PlannedFile;

/** Compares a job's output set with the files a command wrote. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** What {@code file} would hold once written. */
    static byte[] bytes(PlannedFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.content().writeTo(out);
        return out.toByteArray();
    }

    /** The regular files under {@code directory}, sorted. */
    static List<Path> written(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** {@code directory} holds exactly the files of {@code set}, each with the bytes the set plans for it. */
    static void assertWrittenAsPlanned(OutputSet set, Path directory) throws IOException {
        assertFalse(set.files().isEmpty(), "a set with files");
        assertEquals(set.paths().stream().sorted().toList(), written(directory));
        for (PlannedFile file : set.files()) {
            assertArrayEquals(bytes(file), Files.readAllBytes(file.target()), file.target().toString());
        }
    }

    /** What a command prints after writing: each note, then the summary lines. */
    static String printed(List<String> notes, List<String> summary) {
        StringBuilder b = new StringBuilder();
        notes.forEach(n -> b.append("note: ").append(n).append(System.lineSeparator()));
        summary.forEach(s -> b.append(s).append(System.lineSeparator()));
        return b.toString();
    }
}
