package org.senescope.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputFormatExceptionTest {

    @Test
    void aZeroLineOrColumnIsLeftOut() {
        assertEquals("f.tsv:3:2: bad", InputFormatException.message("f.tsv", 3, 2, "bad"));
        assertEquals("f.tsv:3: bad", InputFormatException.message("f.tsv", 3, 0, "bad"));
        assertEquals("f.tsv: bad", InputFormatException.message("f.tsv", 0, 2, "bad"));
    }

    @Test
    void aColumnWithoutALineIsDropped() {
        InputFormatException e = new InputFormatException("f.tsv", 0, 2, "bad");
        assertEquals("f.tsv: bad", e.getMessage());
        assertEquals(0, e.column());
        assertEquals("bad", e.reason());
    }
}
