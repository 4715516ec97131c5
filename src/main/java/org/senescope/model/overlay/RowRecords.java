package org.senescope.model.overlay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The mapping report's row records, one per data row of every input, in input order: held in memory for a small
 * input, or recomputed from the input file on each {@link #forEach} for a large one, so that the report accounts for
 * every row without holding them all. The counts are known without replaying the rows.
 */
public interface RowRecords {

    /** How many rows there are. */
    int size();

    /** How many rows ended in each category; every category is present, with 0 where none did. */
    Map<RowOutcome, Integer> counts();

    /**
     * Hands each record to {@code action}, in input order. A replay that cannot read its input again throws an
     * unchecked exception (the I/O failure wrapped, or the input's format failure).
     */
    void forEach(Consumer<? super RowRecord> action);

    /** The records as a list: for small inputs and tests, since it holds every record. */
    default List<RowRecord> list() {
        List<RowRecord> all = new ArrayList<>(size());
        forEach(all::add);
        return Collections.unmodifiableList(all);
    }

    /** Records held in memory. */
    static RowRecords of(List<RowRecord> rows) {
        return new Held(rows);
    }

    /**
     * Records held in memory, equal when their records are.
     *
     * @param rows the records, in input order
     */
    record Held(List<RowRecord> rows) implements RowRecords {
        public Held {
            rows = List.copyOf(rows);
        }

        @Override
        public int size() {
            return rows.size();
        }

        @Override
        public Map<RowOutcome, Integer> counts() {
            Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
            for (RowOutcome outcome : RowOutcome.values()) {
                counts.put(outcome, 0);
            }
            rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            return Collections.unmodifiableMap(counts);
        }

        @Override
        public void forEach(Consumer<? super RowRecord> action) {
            rows.forEach(action);
        }

        @Override
        public List<RowRecord> list() {
            return rows;
        }
    }

    /** Several inputs' records, one after the other. */
    static RowRecords concat(List<RowRecords> parts) {
        List<RowRecords> all = List.copyOf(parts);
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, all.stream().mapToInt(p -> p.counts().getOrDefault(outcome, 0)).sum());
        }
        return new Replayed(all.stream().mapToInt(RowRecords::size).sum(), counts, action -> all.forEach(p ->
                p.forEach(action)));
    }

    /**
     * Records that are not held but handed out again by {@code replay} on each {@link #forEach}, with their size and
     * counts known beforehand.
     *
     * @param size   how many records {@code replay} hands out
     * @param counts how many of them end in each category, every category present
     * @param replay hands each record, in input order, to the action it is given
     */
    record Replayed(int size, Map<RowOutcome, Integer> counts, Consumer<Consumer<? super RowRecord>> replay)
            implements RowRecords {
        public Replayed {
            counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        }

        @Override
        public void forEach(Consumer<? super RowRecord> action) {
            replay.accept(action);
        }
    }
}
