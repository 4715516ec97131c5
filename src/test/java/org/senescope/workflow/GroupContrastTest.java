package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.senescope.failure.BadRequestException;
import org.senescope.model.data.SampleGroups;

class GroupContrastTest {

    private static final MatrixGroups THREE = new MatrixGroups("g.tsv", "sample sheet", new SampleGroups(
            List.of("wild-type", "KO", "KO-rescue"), List.of("KO", "wild-type", "KO-rescue")), List.of());

    @Test
    void groupNamesMayHoldDashes() {
        assertEquals(new GroupContrast("KO-rescue", "wild-type"),
                GroupContrast.choose(Optional.of("KO-rescue-wild-type"), THREE));
        assertEquals(new GroupContrast("KO", "wild-type"), GroupContrast.parse("KO-wild-type", THREE.groups()
                .groupNames(), "g.tsv"));
    }

    @Test
    void moreThanTwoGroupsWithoutAContrast() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> GroupContrast.choose(Optional.empty(), THREE));
        assertEquals("g.tsv has 3 groups (wild-type, KO, KO-rescue); choose the two to compare with --contrast "
                + "TEST-REFERENCE (e.g. --contrast wild-type-KO)", e.getMessage());
    }

    @Test
    void aRequestsContrastChoiceIsReadTheSameWay() {
        assertEquals(new GroupContrast("KO-rescue", "wild-type"),
                GroupContrast.choose(new ContrastChoice.Named("KO-rescue-wild-type"), THREE));
        assertEquals("g.tsv has 3 groups (wild-type, KO, KO-rescue); choose the two to compare with --contrast "
                + "TEST-REFERENCE (e.g. --contrast wild-type-KO)", assertThrows(BadRequestException.class,
                () -> GroupContrast.choose(new ContrastChoice.Unspecified(), THREE)).getMessage());
    }

    @Test
    void aGroupWithItselfOrAnUnknownGroup() {
        assertEquals("--contrast: compares KO with itself; expected two different groups",
                assertThrows(BadRequestException.class, () -> GroupContrast.parse("KO-KO",
                        THREE.groups().groupNames(), "g.tsv")).getMessage());
        assertEquals("--contrast: expected TEST-REFERENCE, two of the groups in g.tsv (wild-type, KO, KO-rescue), "
                + "found 'KO'", assertThrows(BadRequestException.class, () -> GroupContrast.parse("KO",
                THREE.groups().groupNames(), "g.tsv")).getMessage());
    }
}
