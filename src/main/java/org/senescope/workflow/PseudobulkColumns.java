package org.senescope.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;

/**
 * The columns of a pseudobulk matrix: one per cell type × sample that holds a kept cell, cell types in their order,
 * samples in theirs; each cell's column; and how many cells fed each. Immutable.
 *
 * @param names    each column's name: the sample when one cell type is kept, else {@code TYPE:SAMPLE}
 * @param types    each column's cell type
 * @param samples  each column's sample
 * @param columnOf each cell's column, or -1 when it has no cell type or sample, or its type is not kept
 * @param cells    how many cells fed each column
 */
record PseudobulkColumns(List<String> names, List<String> types, List<String> samples, int[] columnOf,
                         int[] cells) {

    PseudobulkColumns {
        names = List.copyOf(names);
        types = List.copyOf(types);
        samples = List.copyOf(samples);
        columnOf = columnOf.clone();
        cells = cells.clone();
    }

    @Override
    public int[] columnOf() {
        return columnOf.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    /**
     * The columns of the cells of {@code kept} types ({@code all} when empty).
     *
     * @throws BadRequestException when a kept type is not one of {@code types}' groups
     * @throws BadDataException    when no cell has a kept type and a sample
     */
    static PseudobulkColumns of(CellLabels types, CellLabels samples, List<String> kept) {
        for (String type : kept) {
            if (!types.groups().contains(type)) {
                throw new BadRequestException("no cell type \"" + type + "\" in column " + types.column()
                        + "; its cell types: " + String.join(", ", types.groups()));
            }
        }
        int[] typeOf = types.groupOf();
        int[] sampleOf = samples.groupOf();
        int sampleCount = samples.groups().size();
        Map<Integer, Integer> cellsByKey = new LinkedHashMap<>();
        for (int c = 0; c < typeOf.length; c++) {
            if (typeOf[c] >= 0 && sampleOf[c] >= 0 && (kept.isEmpty()
                    || kept.contains(types.groups().get(typeOf[c])))) {
                cellsByKey.merge(typeOf[c] * sampleCount + sampleOf[c], 1, Integer::sum);
            }
        }
        if (cellsByKey.isEmpty()) {
            throw new BadDataException("no cell has both a cell type kept and a sample; nothing to sum");
        }
        List<Integer> keys = cellsByKey.keySet().stream().sorted().toList();
        boolean oneType = keys.stream().map(k -> k / sampleCount).distinct().count() == 1;
        List<String> names = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        List<String> sampleNames = new ArrayList<>();
        int[] cells = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            String type = types.groups().get(keys.get(i) / sampleCount);
            String sample = samples.groups().get(keys.get(i) % sampleCount);
            typeNames.add(type);
            sampleNames.add(sample);
            names.add(oneType ? sample : type + ":" + sample);
            cells[i] = cellsByKey.getOrDefault(keys.get(i), 0);
        }
        int[] columnOf = new int[typeOf.length];
        Arrays.fill(columnOf, -1);
        for (int c = 0; c < typeOf.length; c++) {
            int key = typeOf[c] * sampleCount + sampleOf[c];
            if (typeOf[c] >= 0 && sampleOf[c] >= 0 && cellsByKey.containsKey(key)) {
                columnOf[c] = keys.indexOf(key);
            }
        }
        return new PseudobulkColumns(names, typeNames, sampleNames, columnOf, cells);
    }
}
