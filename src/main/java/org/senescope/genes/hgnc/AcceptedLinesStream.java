package org.senescope.genes.hgnc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.senescope.failure.InputFormatException;

/**
 * The input BioJava's parser reads: the header and the data lines it will accept, one by one as it asks for them, so
 * the file is never held in memory twice. Lines BioJava would drop are recorded (or, under {@link RejectPolicy#FAIL},
 * thrown as a {@link InputFormatException}, which BioJava passes on). Single use, not thread-safe.
 */
final class AcceptedLinesStream extends InputStream {
    // BioJava decodes with the default charset, so the accepted lines are encoded in it.
    private static final Charset PARSER_CHARSET = Charset.defaultCharset();

    private final BoundedLineReader lines;
    private final String file;
    private final RejectPolicy policy;
    private final List<RejectedLine> rejected = new ArrayList<>();
    private long lineNumber;
    private int accepted;
    private byte[] pending = new byte[0];
    private int pendingPosition;

    AcceptedLinesStream(BoundedLineReader lines, String file, RejectPolicy policy) {
        this.lines = lines;
        this.file = file;
        this.policy = policy;
    }

    int acceptedCount() {
        return accepted;
    }

    List<RejectedLine> rejectedLines() {
        return List.copyOf(rejected);
    }

    long dataLines() {
        return Math.max(0, lineNumber - 1);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (pendingPosition == pending.length) {
            Optional<String> next = nextLineForParser();
            if (next.isEmpty()) {
                return -1;
            }
            pending = (next.get() + "\n").getBytes(PARSER_CHARSET);
            pendingPosition = 0;
        }
        int n = Math.min(length, pending.length - pendingPosition);
        System.arraycopy(pending, pendingPosition, target, offset, n);
        pendingPosition += n;
        return n;
    }

    /** The next line BioJava should see (the header, or an accepted data line), or empty at the end. */
    private Optional<String> nextLineForParser() throws IOException {
        while (true) {
            Optional<String> line = readLine();
            if (line.isEmpty()) {
                if (lineNumber == 0) {
                    throw new InputFormatException(file, 1, 0, "expected the HGNC header, found an empty file");
                }
                return line;
            }
            if (lineNumber == 1) {
                HgncHeader.check(line.get(), file);
                return line;
            }
            int fieldCount = HgncFileReader.parserFieldCount(line.get());
            if (fieldCount == HgncFileReader.FIELD_COUNT) {
                accepted++;
                return line;
            }
            reject(line.get(), fieldCount);
        }
    }

    private void reject(String line, int fieldCount) throws InputFormatException {
        String reason = HgncFileReader.rejectionReason(line, fieldCount);
        if (policy == RejectPolicy.FAIL) {
            throw new InputFormatException(file, lineNumber, 0, reason);
        }
        rejected.add(new RejectedLine(file, lineNumber, fieldCount, reason));
    }

    private Optional<String> readLine() throws InputFormatException {
        long current = lineNumber + 1;
        try {
            Optional<String> line = lines.readLine();
            if (line.isPresent()) {
                lineNumber = current;
            }
            return line;
        } catch (BoundedLineReader.LineTooLongException e) {
            throw new InputFormatException(file, current, 0, "line longer than " + lines.maxLineChars()
                    + " characters, the most accepted");
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file, current, 0, "not UTF-8 text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputFormatException(file, current, 0, e.getMessage(), e);
        }
    }
}
