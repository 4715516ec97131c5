package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.analysis.limma.FrySetResult;
import org.senescope.model.analysis.SmallSetCaution;
import org.senescope.output.TsvCell;

/** The results tables of {@code senescope camera}: camera's and fry's, each sorted as limma sorts it. Stateless. */
final class CameraTables {

    /** camera's columns, in order. */
    static final List<String> CAMERA_COLUMNS = List.of("gene_set", "genes", "correlation", "direction", "p", "fdr",
            "p_down", "p_up", "caution");
    /** fry's columns, in order. */
    static final List<String> FRY_COLUMNS = List.of("gene_set", "set_size", "genes", "direction", "p", "fdr",
            "p_mixed", "fdr_mixed", "caution");

    private CameraTables() {
    }

    /** camera's table, smallest p first (then name). */
    static byte[] camera(List<CameraSetResult> results) {
        StringBuilder b = new StringBuilder(TsvCell.row(CAMERA_COLUMNS));
        results.stream().sorted(Comparator.comparingDouble(CameraSetResult::pValue)
                        .thenComparing(CameraSetResult::name))
                .forEach(r -> b.append(TsvCell.row(List.of(r.name(), Integer.toString(r.genes()),
                        GseaTables.number(r.correlation()), String.valueOf(r.direction()),
                        GseaTables.number(r.pValue()), GseaTables.number(r.fdr()), GseaTables.number(r.down()),
                        GseaTables.number(r.up()), SmallSetCaution.cell(r.genes())))));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** fry's table, sorted as limma's {@code sort = "directional"}: p, then larger sets first, then the mixed p. */
    static byte[] fry(List<FrySetResult> results, FilteredGeneSets sets) {
        Map<String, Integer> sizeBefore = new HashMap<>();
        for (IndexedGeneSet set : sets.kept()) {
            sizeBefore.put(set.name(), set.sizeBefore());
        }
        StringBuilder b = new StringBuilder(TsvCell.row(FRY_COLUMNS));
        results.stream().sorted(Comparator.comparingDouble(FrySetResult::pValue)
                        .thenComparing(Comparator.comparingInt(FrySetResult::genes).reversed())
                        .thenComparingDouble(FrySetResult::pValueMixed).thenComparing(FrySetResult::name))
                .forEach(r -> b.append(TsvCell.row(List.of(r.name(), String.valueOf(sizeBefore.get(r.name())),
                        Integer.toString(r.genes()), String.valueOf(r.direction()), GseaTables.number(r.pValue()),
                        GseaTables.number(r.fdr()), GseaTables.number(r.pValueMixed()),
                        GseaTables.number(r.fdrMixed()), SmallSetCaution.cell(r.genes())))));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
