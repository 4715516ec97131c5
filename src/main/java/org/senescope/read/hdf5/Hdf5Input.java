package org.senescope.read.hdf5;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.filter.PipelineFilterWithData;

import org.senescope.failure.InputFormatException;
import org.senescope.read.InputFile;

/**
 * An open HDF5 file, read-only, whose objects are looked up by path and whose datasets are read as the single-cell
 * readers need them. Problems are {@link InputFormatException}s naming the file (HDF5 has no lines) and the object's
 * path. Not thread-safe; the caller closes it.
 */
public final class Hdf5Input implements Closeable {

    /** Elements read from a dataset at a time, so that a 64-bit index array is never held whole. */
    static final int BLOCK = 1 << 20;

    /** gzip (deflate), shuffle and Fletcher-32, the filters 10x and anndata write (h5py's defaults). */
    private static final List<Integer> READABLE_FILTERS = List.of(1, 2, 3);

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final String source;
    private final HdfFile file;

    private Hdf5Input(String source, HdfFile file) {
        this.source = source;
        this.file = file;
    }

    /**
     * Opens {@code path}.
     *
     * @param expected what the caller expected, for the message when the file is not HDF5 (e.g. "expected an AnnData
     *                 .h5ad file")
     * @throws InputFormatException when the file is not HDF5
     * @throws IOException          when it cannot be read
     */
    public static Hdf5Input open(Path path, String expected) throws IOException {
        String source = InputFile.displayName(path);
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SIGNATURE.length);
        }
        if (!Arrays.equals(head, SIGNATURE)) {
            throw new InputFormatException(source, 0, 0, "not an HDF5 file (no HDF5 signature at its start); "
                    + expected);
        }
        HdfFile file;
        try {
            file = new HdfFile(path);
        } catch (HdfException e) {
            throw new InputFormatException(source, 0, 0, "unreadable HDF5 (" + e.getMessage() + "); " + expected, e);
        }
        long size = Files.size(path);
        long end = file.getUserBlockSize() + file.getHdfBackingStorage().getSuperblock().getEndOfFileAddress();
        if (size < end) {
            // A cut-off copy or download: say so, rather than the library's message about whichever object is missing.
            file.close();
            throw new InputFormatException(source, 0, 0, String.format(Locale.ROOT, "truncated: %,d bytes, but its "
                    + "HDF5 superblock says the file is %,d bytes long; expected the whole file (copy or download it "
                    + "again)", size, end));
        }
        return new Hdf5Input(source, file);
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The object at {@code path} (e.g. "/matrix/data"), if there is one. */
    public Optional<Node> node(String path) {
        try {
            Node node = file;
            for (String part : path.split("/", -1)) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!(node instanceof Group group) || !group.getChildren().containsKey(part)) {
                    return Optional.empty();
                }
                node = group.getChild(part);
            }
            return Optional.of(node);
        } catch (HdfException e) {
            throw broken(path, e);
        }
    }

    /** The group at {@code path}, if it is one. */
    public Optional<Group> group(String path) {
        return node(path).filter(Group.class::isInstance).map(Group.class::cast);
    }

    /**
     * The dataset at {@code path}.
     *
     * @param expected the message's ending, e.g. "expected a 10x Genomics feature-barcode matrix"
     * @throws InputFormatException when there is none
     */
    public Dataset dataset(String path, String expected) {
        Node node = node(path).orElseThrow(() -> fail("no " + path + "; " + expected));
        if (!(node instanceof Dataset dataset)) {
            throw fail(path + " is a group; " + expected);
        }
        return dataset;
    }

    /** The text of attribute {@code name} of {@code node}, if it has a text (or one-text array) attribute so named. */
    public Optional<String> textAttribute(Node node, String name) {
        try {
            Attribute a = node.getAttributes().get(name);
            Object data = a == null ? null : a.getData();
            if (data instanceof String[] texts && texts.length == 1) {
                data = texts[0];
            }
            return data instanceof String text ? Optional.of(text) : Optional.empty();
        } catch (HdfException e) {
            throw broken(node.getPath() + " attribute " + name, e);
        }
    }

    /** The texts of attribute {@code name} of {@code node} (empty when it has no such text array attribute). */
    public List<String> textsAttribute(Node node, String name) {
        try {
            Attribute a = node.getAttributes().get(name);
            Object data = a == null ? null : a.getData();
            return data instanceof String[] texts ? List.of(texts)
                    : data instanceof String text ? List.of(text) : List.of();
        } catch (HdfException e) {
            throw broken(node.getPath() + " attribute " + name, e);
        }
    }

    /** The whole numbers of attribute {@code name} of {@code node} (a shape), empty when it has no numeric one. */
    public long[] wholesAttribute(Node node, String name) {
        try {
            Attribute a = node.getAttributes().get(name);
            Object data = a == null ? null : a.getData();
            if (data instanceof long[] longs) {
                return longs.clone();
            } else if (data instanceof int[] ints) {
                return Arrays.stream(ints).asLongStream().toArray();
            }
            return new long[0];
        } catch (HdfException e) {
            throw broken(node.getPath() + " attribute " + name, e);
        }
    }

    /** A problem with the file as a whole. */
    public InputFormatException fail(String reason) {
        return new InputFormatException(source, 0, 0, reason);
    }

    InputFormatException broken(String path, Exception e) {
        return new InputFormatException(source, 0, 0, path + " cannot be read (" + e.getMessage()
                + "); expected an HDF5 file as h5py writes it", e);
    }

    /** Refuses a dataset compressed with a filter other than gzip, shuffle and Fletcher-32, naming the filter. */
    void checkFilters(Dataset dataset) {
        for (PipelineFilterWithData f : dataset.getFilters()) {
            if (!READABLE_FILTERS.contains(f.getId())) {
                throw fail(dataset.getPath() + " is compressed with " + f.getName() + " (HDF5 filter " + f.getId()
                        + "); expected gzip, shuffle or no compression, as 10x and anndata write");
            }
        }
    }

    /** The texts of one-dimensional dataset {@code d} (names, barcodes, categories). */
    public List<String> texts(Dataset d) {
        return Hdf5Arrays.texts(this, d);
    }

    /** The numbers of one-dimensional dataset {@code d} as doubles (a per-cell column, codes, a shape). */
    public double[] numbers(Dataset d) {
        long n = Hdf5Arrays.length(this, d);
        if (n > Integer.MAX_VALUE - 8) {
            throw fail(d.getPath() + " has " + n + " elements; expected at most " + (Integer.MAX_VALUE - 8));
        }
        double[] out = new double[(int) n];
        for (long at = 0; at < n; at += BLOCK) {
            int count = (int) Math.min(BLOCK, n - at);
            Object block = Hdf5Arrays.block(this, d, at, count);
            for (int i = 0; i < count; i++) {
                out[(int) at + i] = Hdf5Arrays.element(this, d, block, i);
            }
        }
        return out;
    }

    @Override
    public void close() {
        file.close();
    }
}
