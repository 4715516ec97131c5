package org.senescope.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFormatExceptionTest {

    @Test
    void aZeroLineOrColumnIsLeftOut() {
        assertEquals("f.tsv:3:2: bad", TextFormatException.message("f.tsv", 3, 2, "bad"));
        assertEquals("f.tsv:3: bad", TextFormatException.message("f.tsv", 3, 0, "bad"));
        assertEquals("f.tsv: bad", TextFormatException.message("f.tsv", 0, 2, "bad"));
    }

    @Test
    void aColumnWithoutALineIsDropped() {
        TextFormatException e = new TextFormatException("f.tsv", 0, 2, "bad", null);
        assertEquals("f.tsv: bad", e.getMessage());
        assertEquals(0, e.columnNumber());
        assertEquals("bad", e.reason());
    }
}
