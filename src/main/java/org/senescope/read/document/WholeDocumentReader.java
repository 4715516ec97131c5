package org.senescope.read.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.senescope.read.DataReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;

/**
 * A reader of a document format that parses the whole file at once (a PDF's cross-reference table is at its end; an
 * HTML parser needs the page): it reads at most {@code limits.maxBytes()} bytes, from a path or a stream the caller
 * owns, and hands them to {@link #parse}.
 */
abstract class WholeDocumentReader implements DataReader<DocumentText> {

    private final InputLimits limits;

    WholeDocumentReader(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public final DocumentText read(Path file) throws IOException {
        return parse(InputFile.readAll(file, limits), InputFile.displayName(file));
    }

    @Override
    public final DocumentText read(InputStream in, String source) throws IOException {
        try (InputStream bounded = InputFile.open(in, source, limits)) {
            return parse(bounded.readAllBytes(), source);
        }
    }

    /** The document's text from its bytes; {@code source} names it in messages. */
    abstract DocumentText parse(byte[] bytes, String source) throws IOException;
}
