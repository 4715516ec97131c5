package org.senescope.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.failure.InputFormatException;

/** How {@link InputText} splits lines and names their endings, at every awkward place a break can stand. */
class InputTextLineBreaksTest {

    private static InputText text(String s) throws InputFormatException {
        return InputText.of("in.txt", s.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void eachKindOfBreakSplitsOnceAndIsNamed() throws InputFormatException {
        assertEquals(List.of("a", "b"), text("a\nb\n").lines());
        assertEquals(LineEnding.LF, text("a\nb\n").lineEnding());
        assertEquals(List.of("a", "b"), text("a\r\nb\r\n").lines());
        assertEquals(LineEnding.CRLF, text("a\r\nb\r\n").lineEnding());
        assertEquals(List.of("a", "b"), text("a\rb").lines());
        assertEquals(LineEnding.CR, text("a\rb").lineEnding());
        assertEquals(List.of("ab"), text("ab").lines());
        assertEquals(LineEnding.NONE, text("ab").lineEnding());
    }

    @Test
    void breaksNextToEachOtherAreMixedAndKeepTheirEmptyLines() throws InputFormatException {
        assertEquals(List.of("a", "", "b"), text("a\r\r\nb").lines());
        assertEquals(LineEnding.MIXED, text("a\r\r\nb").lineEnding());
        assertEquals(List.of("a", "", "b"), text("a\n\rb").lines());
        assertEquals(LineEnding.MIXED, text("a\n\rb").lineEnding());
        assertEquals(List.of("", "", "x"), text("\n\r\nx\r").lines());
        assertEquals(LineEnding.MIXED, text("\n\r\nx\r").lineEnding());
        assertEquals(List.of("Ä", "é"), text("Ä\r\né\r\n").lines());
        assertEquals(LineEnding.CRLF, text("Ä\r\né\r\n").lineEnding());
        assertEquals(List.of("a"), text("a\r").firstLines(1));
        assertEquals(List.of("a", "b"), text("a\nb\nc").firstLines(2));
    }
}
