package org.senescope.analysis.gsea;

import org.junit.jupiter.api.Test;
import org.senescope.model.data.RankedList;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingTest {

    @Test
    void sortsByDecreasingStatisticKeepingInputOrderForTies() throws RankingException {
        Ranking r = Ranking.of(new RankedList(List.of("A", "B", "C", "D", "E"), new double[] {1, 3, 1, -2, 0}));
        assertEquals(List.of("B", "A", "C", "E", "D"), r.genes());
        assertEquals(1, r.ties());
        assertArrayEquals(new double[] {3, 1, 1, 0, 2}, r.weights());
        assertFalse(r.isOneSided());
    }

    @Test
    void zerosAreNotCountedAsTiesAsInFgsea() throws RankingException {
        assertEquals(0, Ranking.of(new RankedList(List.of("A", "B", "C"), new double[] {0, 0, 1})).ties());
    }

    @Test
    void aRepeatedGeneKeepsItsFirstRowAndTheRestAreListed() throws RankingException {
        Ranking r = Ranking.of(new RankedList(List.of("A", "B", "A", "A"), new double[] {1, 2, 5, -4}));
        assertEquals(List.of("B", "A"), r.genes());
        assertEquals(List.of("A", "A"), r.droppedDuplicates());
    }

    @Test
    void aNonFiniteStatisticIsNamedWithItsGeneAndEntry() {
        RankingException e = assertThrows(RankingException.class,
                () -> Ranking.of(new RankedList(List.of("A", "TP53"), new double[] {1, Double.NaN})));
        assertEquals("gene TP53 (entry 2 of the ranking) has statistic NaN; expected a finite number", e.getMessage());
    }

    @Test
    void anEmptyRankingIsRefused() {
        RankingException e = assertThrows(RankingException.class,
                () -> Ranking.of(new RankedList(List.of(), new double[0])));
        assertEquals("the ranking has no genes", e.getMessage());
    }

    @Test
    void oneSidedRankingsAreRecognised() throws RankingException {
        assertTrue(Ranking.of(new RankedList(List.of("A", "B"), new double[] {1, 2})).isOneSided());
    }
}
