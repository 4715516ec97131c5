package org.senescope.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextLinesTest {

    private static List<String> lines(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (TextLines lines = TextLines.open(new ByteArrayInputStream(bytes), "in.txt", InputLimits.DEFAULT)) {
            for (Optional<String> l = lines.next(); l.isPresent(); l = lines.next()) {
                out.add(lines.number() + ":" + l.get());
            }
        }
        return out;
    }

    private static String failure(byte[] bytes) {
        return assertThrows(InputFormatException.class, () -> lines(bytes)).getMessage();
    }

    @Test
    void splitsAtEveryLineEndingAsInputTextDoesAndDropsAUtf8Bom() throws IOException {
        byte[] text = "\uFEFFa\tb\r\nc\rd\n\nÄe".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("1:a\tb", "2:c", "3:d", "4:", "5:Äe"), lines(text));
        assertEquals(InputText.of("in.txt", text, false).lines().size(), lines(text).size());
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndByte() {
        byte[] text = {'a', '\n', 'b', 'c', (byte) 0xE9, 'd', '\n'};
        assertEquals("in.txt:2:3: invalid UTF-8: byte 0xE9 at byte 3 of the line; expected UTF-8 text",
                failure(text));
    }

    @Test
    void aNulByteIsBinaryData() {
        assertEquals("in.txt:2:2: binary data (a NUL byte at byte 2); expected a text file",
                failure(new byte[] {'a', '\n', 'b', 0, '\n'}));
    }

    @Test
    void aLineOverTheLimitIsRefusedWithoutHoldingIt() {
        byte[] text = new byte[TextLines.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(text, (byte) 'x');
        assertEquals("in.txt:1: a line longer than 1048576 bytes; expected lines of text", failure(text));
    }
}
