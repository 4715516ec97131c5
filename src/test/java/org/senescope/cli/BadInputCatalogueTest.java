package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;

/** The catalogue as a whole: at least 100 cases, each name once, so that a report line names one case. */
class BadInputCatalogueTest {

    /** Every case of the catalogue, from each of its test classes. */
    static Stream<Named<BadInput>> all() {
        return Stream.of(OverlayTableCatalogueTest.cases(), OverlayFormatsCatalogueTest.cases(),
                GeneSetCatalogueTest.cases(), ScoreCameraCatalogueTest.cases(), FigureNetworkCatalogueTest.cases(),
                SpecialInputsCatalogueTest.cases(), LimitsAndOutputsCatalogueTest.cases())
                .flatMap(s -> s);
    }

    @Test
    void hasAtLeastAHundredCasesEachNamedOnce() {
        List<String> names = all().map(Named::getName).toList();
        assertTrue(names.size() >= 100, names.size() + " cases");
        assertEquals(names.size(), names.stream().distinct().count(), "duplicate case names in " + names);
    }

    @Test
    void everyCaseExpectsAFailureExitCode() {
        all().map(Named::getPayload).forEach(c -> assertTrue(List.of(2, 65, 74).contains(c.exit()), c.name()));
    }
}
