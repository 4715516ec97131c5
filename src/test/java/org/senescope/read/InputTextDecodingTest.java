package org.senescope.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;

/**
 * {@link InputText}'s UTF-8 decoding: text the fast decoding takes and text it hands to the strict decoder (a U+FFFD,
 * written in the file or standing for malformed bytes) give the same lines and messages.
 */
class InputTextDecodingTest {

    private static String failure(byte[] bytes) {
        return assertThrows(InputFormatException.class, () -> InputText.of("in.txt", bytes, false)).getMessage();
    }

    @Test
    void validTextOfEveryLengthOfSequenceIsKept() throws InputFormatException {
        String s = "a\tÄ\r\n€\t\uD834\uDD1E\nplain";
        InputText text = InputText.of("in.txt", s.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(s, text.text());
        assertEquals(List.of("a\tÄ", "€\t\uD834\uDD1E", "plain"), text.lines());
        assertEquals(LineEnding.MIXED, text.lineEnding());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() throws InputFormatException {
        String s = "x\uFFFDy\n";
        InputText text = InputText.of("in.txt", s.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(s, text.text());
        assertEquals(LineEnding.LF, text.lineEnding());
    }

    @Test
    void malformedBytesAreReportedAtTheirLineAndByte() {
        assertEquals("in.txt:2:3: invalid UTF-8: byte 0xE9 at byte 3 of the line; expected UTF-8 text (name the "
                + "file's encoding, e.g. windows-1252, to read it)",
                failure(new byte[] {'a', '\n', 'b', 'c', (byte) 0xE9, 'd', '\n'}));
        assertEquals("in.txt:1:2: invalid UTF-8: byte 0xC3 at byte 2 of the line; expected UTF-8 text (name the "
                + "file's encoding, e.g. windows-1252, to read it)", failure(new byte[] {'a', (byte) 0xC3}));
        // An encoded surrogate (CESU-8) is malformed UTF-8, as for the strict decoder.
        assertEquals("in.txt:1:1: invalid UTF-8: byte 0xED at byte 1 of the line; expected UTF-8 text (name the "
                + "file's encoding, e.g. windows-1252, to read it)",
                failure(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void aFileWithoutLineBreaksHasNone() throws InputFormatException {
        assertEquals(LineEnding.NONE, InputText.of("in.txt", "ab".getBytes(StandardCharsets.UTF_8), false)
                .lineEnding());
    }
}
