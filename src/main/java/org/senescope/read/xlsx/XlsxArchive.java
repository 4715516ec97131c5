package org.senescope.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.senescope.failure.InputFormatException;
import org.senescope.input.NotAFileException;
import org.senescope.read.InputLimits;

/**
 * The parts of an xlsx zip, read within limits: at most {@link InputLimits#maxZipEntries()} entries, each at most
 * {@link InputLimits#maxBytes()} bytes once inflated (counted while inflating, not taken from the header) and, above
 * 1 MiB, inflated at most {@link InputLimits#maxZipRatio()} fold. XML is parsed by StAX with DTDs and external
 * entities off; a part that declares a DTD is refused. Not thread-safe; closes the zip.
 */
final class XlsxArchive implements Closeable {

    private static final long RATIO_FLOOR = 1 << 20;
    /**
     * Heap a part read whole takes per inflated byte (its bytes, and the cells parsed from them), besides the network
     * and gene tables; measured: a 30 MB sheet of 400,000 rows maps in a 256 MB heap and not in 160 MB.
     */
    private static final int HEAP_BYTES_PER_XML_BYTE = 6;

    private final ZipFile zip;
    private final String source;
    private final InputLimits limits;
    private final XMLInputFactory xml;

    XlsxArchive(Path file, String source, InputLimits limits) throws IOException {
        this.source = source;
        this.limits = limits;
        NotAFileException.requireRegularFile(file);
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException | EOFException e) {
            // EOFException: a directory record claims more bytes than the (complete) copy holds.
            throw new InputFormatException(source, 0, 0, "not a readable xlsx (zip) file ("
                    + Objects.requireNonNullElse(e.getMessage(), "it ends early")
                    + "); expected an Excel .xlsx workbook", e);
        }
        int entries = zip.size();
        if (entries > limits.maxZipEntries()) {
            zip.close();
            throw new InputFormatException(source, 0, 0, "has " + entries + " zip entries, more than the limit of "
                    + limits.maxZipEntries() + "; expected an ordinary xlsx workbook");
        }
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /**
     * The part's bytes, inflated within the limits. The part is inflated twice: first only counted, refusing it as
     * soon as it passes the size or ratio limit, then, when the heap can hold it, kept; so refusing a zip bomb costs
     * no memory.
     */
    byte[] bytes(String part) throws IOException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw new InputFormatException(source, 0, 0, "has no part " + part + "; expected an Excel .xlsx workbook");
        }
        try {
            long size = inflatedSize(part, e);
            long heap = Runtime.getRuntime().maxMemory();
            if (size * HEAP_BYTES_PER_XML_BYTE > heap) {
                throw new InputFormatException(source, 0, 0, String.format(Locale.ROOT, "part %s inflates to %,d "
                        + "bytes, which a %,d MB Java heap cannot hold read whole (about %d bytes of heap a byte); "
                        + "expected a smaller workbook (or a larger heap: java -Xmx)", part, size, heap >> 20,
                        HEAP_BYTES_PER_XML_BYTE));
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readNBytes((int) size);
            }
        } catch (ZipException | EOFException ex) {
            // EOFException: the zip's directory points past the end of the (complete) copy, a damaged archive.
            throw new InputFormatException(source, 0, 0, "part " + part + " is corrupt ("
                    + Objects.requireNonNullElse(ex.getMessage(), "it ends early")
                    + "); expected an intact xlsx workbook", ex);
        }
    }

    /** The part's inflated size, counted without keeping it; refused past the size or the ratio limit. */
    private long inflatedSize(String part, ZipEntry e) throws IOException {
        long max = limits.maxBytes();
        long packed = Math.max(1, e.getCompressedSize());
        byte[] sink = new byte[1 << 16];
        long size = 0;
        try (InputStream in = zip.getInputStream(e)) {
            for (int n = in.read(sink); n >= 0; n = in.read(sink)) {
                size += n;
                if (size > max) {
                    throw new InputFormatException(source, 0, 0, "part " + part + " inflates to more than " + max
                            + " bytes, the input size limit (a zip bomb?); expected a smaller workbook");
                }
                if (size > RATIO_FLOOR && size / packed > limits.maxZipRatio()) {
                    throw new InputFormatException(source, 0, 0, "part " + part + " inflates more than "
                            + limits.maxZipRatio() + " fold, the limit (a zip bomb?); expected an ordinary workbook");
                }
            }
        }
        return size;
    }

    /** A StAX reader positioned after the document start; a DTD is refused. */
    XMLStreamReader xml(String part) throws IOException {
        try {
            XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(bytes(part)));
            return new DtdRefusingReader(r, part);
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    InputFormatException malformed(String part, XMLStreamException e) {
        if (e instanceof RefusedDtd) {
            return new InputFormatException(source, 0, 0, Objects.requireNonNullElse(e.getMessage(), "DTD refused"), e);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        int cut = msg.indexOf("Message: ");
        return new InputFormatException(source, 0, 0, "part " + part + " is not well-formed XML" + where + " ("
                + (cut >= 0 ? msg.substring(cut + 9) : msg) + "); expected an intact xlsx workbook", e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Refuses DTDs, which xlsx parts never have and XXE attacks need. */
    private static final class DtdRefusingReader extends javax.xml.stream.util.StreamReaderDelegate {
        private final String part;

        DtdRefusingReader(XMLStreamReader r, String part) {
            super(r);
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int ev = super.next();
            if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new RefusedDtd("part " + part + " declares a DTD or entity (<!DOCTYPE>), which "
                        + "xlsx files never do; refused for safety (XXE)");
            }
            return ev;
        }
    }

    /** Carries the refusal out of StAX's checked exception type. */
    static final class RefusedDtd extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        RefusedDtd(String message) {
            super(message);
        }
    }
}
