package org.senescope.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedTimeCourseTest {

    private static final List<String> GENES = List.of("Trp53", "Cdkn1a", "Ccl2", "Il15", "Raet1e", "Rb1");

    @Test
    void sameSeedSameTablesAndAnotherSeedOthers() {
        assertEquals(SimulatedTimeCourse.generate(GENES, 3), SimulatedTimeCourse.generate(GENES, 3));
        assertNotEquals(SimulatedTimeCourse.generate(GENES, 3), SimulatedTimeCourse.generate(GENES, 4));
    }

    @Test
    void followsSeed003P21AndCcl2RiseOverTimeNkg2dLigandRaet1eStaysFlat() {
        List<DeTable> tables = SimulatedTimeCourse.generate(GENES, 3);
        assertEquals(List.of("day 2 vs day 0", "day 4 vs day 0", "day 8 vs day 0"),
                tables.stream().map(DeTable::condition).toList());
        assertEquals(GENES.size() + SimulatedTimeCourse.BACKGROUND_GENES, tables.get(0).rows().size());
        Map<String, DeRow> day8 = byGene(tables.get(2));
        Map<String, DeRow> day2 = byGene(tables.get(0));
        assertTrue(day8.get("Cdkn1a").log2FoldChange() > 2 && day8.get("Cdkn1a").padj() < 0.05);
        assertTrue(day8.get("Ccl2").log2FoldChange() > day2.get("Ccl2").log2FoldChange());
        assertTrue(Math.abs(day8.get("Raet1e").log2FoldChange()) < 1 && day8.get("Raet1e").padj() > 0.05);
        long falseCalls = tables.get(2).rows().stream().filter(r -> r.symbol().startsWith("Simgene"))
                .filter(r -> r.padj() < 0.05).count();
        assertTrue(falseCalls <= 5, falseCalls + " background genes called at FDR 5%");
    }

    @Test
    void benjaminiHochbergMatchesRsPAdjust() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") gives 0.02 0.04 0.04 0.02
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02},
                SimulatedTimeCourse.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
    }

    private static Map<String, DeRow> byGene(DeTable t) {
        return t.rows().stream().collect(Collectors.toMap(DeRow::symbol, Function.identity()));
    }
}
