package org.senescope.read.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.failure.InputFormatException;

/**
 * A matrix's values while it is read: blocks of whole rows, joined once at the end. Each block is checked against
 * the heap before it is allocated (the values are held twice at the end, in blocks and in their one exact copy, and
 * each row has a name), so that a matrix too large for the heap is refused at the line reached instead of ending in
 * an OutOfMemoryError after minutes. Not thread-safe; used once.
 */
final class ValueBlocks {

    /** Heap a row takes besides its values: its name and description as Strings and their list slots. */
    static final int ROW_NAME_BYTES = 96;

    private final long heap;
    private final List<double[]> blocks = new ArrayList<>();
    private long allocated;

    /** @param heap the most heap the values may take: the JVM's, smaller in tests */
    ValueBlocks(long heap) {
        this.heap = heap;
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * A new block for {@code rows} rows of {@code samples} values.
     *
     * @throws InputFormatException naming the line reached, when the values so far and the block need more heap than
     *                              there is
     */
    double[] next(String src, long line, int rows, int samples) throws InputFormatException {
        long values = allocated + (long) rows * samples;
        long need = values * Double.BYTES * 2 + values / samples * ROW_NAME_BYTES;
        if (need > heap) {
            throw new InputFormatException(src, line, 0, String.format(Locale.ROOT, "a matrix of about %,d rows of "
                    + "%d samples needs about %,d MB of Java heap, more than the %,d MB there are; expected a smaller "
                    + "matrix (or a larger heap: java -Xmx)", values / samples, samples, need >> 20, heap >> 20));
        }
        double[] block = new double[Math.multiplyExact(rows, samples)];
        allocated += block.length;
        blocks.add(block);
        return block;
    }

    /**
     * The first {@code used} values, row-major, in an array at least as long: the first block itself when every row
     * fit in it and at most 1/2^{@code slackShift} of it is unused, else one exact copy. The blocks are released.
     */
    double[] joined(long used, int slackShift) {
        if (blocks.size() == 1 && blocks.get(0).length - used <= used >> slackShift) {
            double[] only = blocks.get(0);
            blocks.clear();
            return only;
        }
        double[] all = new double[Math.toIntExact(used)];
        int at = 0;
        for (double[] block : blocks) {
            int part = Math.min(block.length, all.length - at);
            System.arraycopy(block, 0, all, at, part);
            at += part;
        }
        blocks.clear();
        return all;
    }
}
