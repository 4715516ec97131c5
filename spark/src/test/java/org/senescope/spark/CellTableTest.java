package org.senescope.spark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellTableTest {

    @Test
    void namesAreMadeUniqueAsRMakeUnique() {
        // R 4.3: make.unique(c("A", "B", "A", "A.1", "A")) is "A" "B" "A.2" "A.1" "A.3"
        assertEquals(List.of("A", "B", "A.2", "A.1", "A.3"), CellTable.unique(List.of("A", "B", "A", "A.1", "A")));
    }

    @Test
    void theCellSchemaPutsObsBetweenBarcodeAndExpression() {
        assertEquals(List.of("cell", "barcode", "sample", "genes", "values"),
                List.of(CellTable.cellSchema(List.of("sample")).fieldNames()));
    }
}
