package org.senescope.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TsvCellTest {

    @Test
    void aCellASpreadsheetWouldReadAsAFormulaGetsAQuoteInFront() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", TsvCell.of("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+cmd|'/C calc'!A0", TsvCell.of("+cmd|'/C calc'!A0"));
        assertEquals("'@SUM(1+1)", TsvCell.of("@SUM(1+1)"));
        assertEquals("'-2+3", TsvCell.of("-2+3"));
        assertEquals("'-SASP", TsvCell.of("-SASP"));
        assertEquals("'\\tx", TsvCell.of("\tx"));
        assertEquals("'\\rx", TsvCell.of("\rx"));
    }

    @Test
    void numbersStayNumbers() {
        for (String number : List.of("-1.5", "+1.5", "-Inf", "-Infinity", "-3.2E-5", "-.5", "-7", "1e-300", "NA", "+", "-",
                "0.221203669717059")) {
            assertEquals(number, TsvCell.of(number));
        }
    }

    @Test
    void tabsLineBreaksAndBackslashesAreEscapedSoARowKeepsItsFields() {
        assertEquals("w\\t1", TsvCell.of("w\t1"));
        assertEquals("a\\nb\\rc", TsvCell.of("a\nb\rc"));
        assertEquals("C:\\\\x\\\\t", TsvCell.of("C:\\x\\t"));
        assertEquals("", TsvCell.of(""));
        assertEquals("TP53\tw\\t1\t'=1+1\t-1.5\n", TsvCell.row(List.of("TP53", "w\t1", "=1+1", "-1.5")));
    }
}
