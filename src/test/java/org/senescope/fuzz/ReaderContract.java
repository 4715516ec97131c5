package org.senescope.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.senescope.failure.BadDataException;
import org.senescope.failure.InputFormatException;

/**
 * What every reader promises for any bytes at all: it returns a result no larger than its input allows, or refuses
 * the input with the documented failure ({@link InputFormatException} or {@link BadDataException}, which the recipe
 * reader's {@code RecipeFormatException} extends). Anything else escaping the reader is a bug the fuzzer reports: a
 * {@code RuntimeException} such as {@code NumberFormatException}, an {@code Error} such as
 * {@code StackOverflowError}, and an {@link IOException}, since the stream here is in memory and cannot fail.
 */
final class ReaderContract {

    /** A read of one in-memory stream, returning how many values (cells, genes, members) its result holds. */
    @FunctionalInterface
    interface Read {
        long valuesOf(InputStream in) throws IOException;
    }

    private ReaderContract() {
    }

    /**
     * Reads {@code data} and checks the contract.
     *
     * @throws AssertionError when the result holds more values than the input has bytes (each value needs at least
     *                        one byte or separator), or the stream "failed"
     */
    static void holds(byte[] data, Read read) {
        try {
            long values = read.valuesOf(new ByteArrayInputStream(data));
            if (values > data.length + 1L) {
                throw new AssertionError(values + " values read from " + data.length + " bytes");
            }
        } catch (InputFormatException | BadDataException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a message", refused);
            }
        } catch (IOException e) {
            throw new AssertionError("an IOException from an in-memory stream", e);
        }
    }
}
