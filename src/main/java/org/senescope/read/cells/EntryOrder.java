package org.senescope.read.cells;

/**
 * Sorts a matrix's entries, held as three parallel arrays, by cell and then gene, in place: a heap sort, since the
 * arrays are as large as the heap allows and a merge sort would need a second copy. Used only for inputs not already
 * in that order (MatrixMarket allows any order; AnnData's CSC is by gene).
 */
final class EntryOrder {

    private final int[] cell;
    private final int[] gene;
    private final float[] value;

    private EntryOrder(int[] cell, int[] gene, float[] value) {
        this.cell = cell;
        this.gene = gene;
        this.value = value;
    }

    /** Sorts entries {@code [0, size)} by (cell, gene). */
    static void sort(int[] cell, int[] gene, float[] value, int size) {
        EntryOrder order = new EntryOrder(cell, gene, value);
        for (int i = size / 2 - 1; i >= 0; i--) {
            order.siftDown(i, size);
        }
        for (int end = size - 1; end > 0; end--) {
            order.swap(0, end);
            order.siftDown(0, end);
        }
    }

    private void siftDown(int root, int size) {
        int i = root;
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && less(child, child + 1)) {
                child++;
            }
            if (!less(i, child)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private boolean less(int a, int b) {
        return cell[a] != cell[b] ? cell[a] < cell[b] : gene[a] < gene[b];
    }

    private void swap(int a, int b) {
        int c = cell[a];
        cell[a] = cell[b];
        cell[b] = c;
        int g = gene[a];
        gene[a] = gene[b];
        gene[b] = g;
        float v = value[a];
        value[a] = value[b];
        value[b] = v;
    }
}
