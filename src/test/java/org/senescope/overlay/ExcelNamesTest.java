package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2-Sep|Excel-damaged name '2-Sep' (old symbol SEPT2) repaired to SEPTIN2",
            "02-Sep|Excel-damaged name '02-Sep' (old symbol SEPT2) repaired to SEPTIN2",
            "Sep-02|Excel-damaged name 'Sep-02' (old symbol SEPT2) repaired to SEPTIN2",
            "7-Mar|Excel-damaged name '7-Mar' (old symbol MARCH7) repaired to MARCHF7",
            "1-Mar|Excel-damaged name '1-Mar' (old symbol MARCH1 or MARC1) could be MARCHF1 or MTARC1; ambiguous, not repaired",
            "01-Dec|Excel-damaged name '01-Dec' (old symbol DEC1) could be BHLHE40 or DELEC1; ambiguous, not repaired",
            "DEC1|Excel-damaged name 'DEC1' (old symbol DEC1) could be BHLHE40 or DELEC1; ambiguous, not repaired",
            "MARCH1|Excel-damaged name 'MARCH1' (old symbol MARCH1) repaired to MARCHF1",
            "SEPT7|Excel-damaged name 'SEPT7' (old symbol SEPT7) repaired to SEPTIN7",
            "43891|Excel-damaged name '43891' (old symbol MARCH1 or MARC1) could be MARCHF1 or MTARC1; ambiguous, not repaired",
            "43715|Excel-damaged name '43715' (old symbol SEPT7) repaired to SEPTIN7",
    })
    void datesAndOldSymbolsAreDetectedAndRepairedOnlyWhenUnambiguous(String name, String expected) {
        assertEquals(expected, ExcelNames.detect(name, true, OverlayFixtures.GENES.human()).orElseThrow().describe());
    }

    @Test
    void currentSymbolsAndEntrezIdsAreNotDamage() {
        assertTrue(ExcelNames.detect("TP53", true, OverlayFixtures.GENES.human()).isEmpty());
        assertTrue(ExcelNames.detect("MARCHF1", true, OverlayFixtures.GENES.human()).isEmpty());
        assertTrue(ExcelNames.detect("43891", false, OverlayFixtures.GENES.human()).isEmpty(),
                "in an Entrez column a five-digit number is an id, not a date serial");
    }
}
