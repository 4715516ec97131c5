package org.senescope.model.cell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-cell module scores summarised per cell type, to be drawn on the network's module badges: per scored module, the
 * median of its per-cell scores over each type's cells. Immutable.
 *
 * @param method        the scoring method's name, e.g. {@code UCell}
 * @param column        the cell-type column the types come from
 * @param types         the cell types, in the order of the score figure's violins
 * @param centredOnZero whether the scores are centred on 0 (Seurat's module score) rather than in [0, 1] (UCell,
 *                      AUCell), which picks a diverging or a sequential colour scale
 * @param medians       per module id, its median score per type (in {@link #types()} order); modules not listed were
 *                      not scored
 */
public record ModuleCellTypeScores(String method, String column, List<String> types, boolean centredOnZero,
                                   Map<String, double[]> medians) {

    public ModuleCellTypeScores {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(column, "column");
        types = List.copyOf(types);
        Map<String, double[]> copy = new HashMap<>();
        for (Map.Entry<String, double[]> e : medians.entrySet()) {
            if (e.getValue().length != types.size()) {
                throw new IllegalArgumentException("module " + e.getKey() + " has " + e.getValue().length
                        + " medians for " + types.size() + " cell types");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        medians = Map.copyOf(copy);
    }

    @Override
    public Map<String, double[]> medians() {
        Map<String, double[]> copy = new HashMap<>();
        medians.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Whether {@code moduleId} was scored. */
    public boolean scored(String moduleId) {
        return medians.containsKey(moduleId);
    }

    /**
     * The median score of module {@code moduleId} in type {@code type} (an index into {@link #types()}).
     *
     * @throws IllegalArgumentException when the module was not scored
     */
    public double median(String moduleId, int type) {
        double[] values = medians.get(moduleId);
        if (values == null) {
            throw new IllegalArgumentException("module " + moduleId + " was not scored");
        }
        return values[type];
    }
}
