package org.senescope.read.gmt;

import org.jspecify.annotations.Nullable;

import org.senescope.failure.InputFormatException;
import org.senescope.model.data.GeneSet;
import org.senescope.read.DataReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads GMT gene sets: {@code name TAB description TAB gene...} a line, LF or CRLF, the last line with or without a
 * newline, plain or gzip-compressed. Blank lines are skipped; a line with a name but no description field, an empty
 * name, a blank gene field, or a file without any set or without any gene is an error. Genes are trimmed of
 * surrounding spaces.
 *
 * <p>Limits guard against hostile input: more decompressed bytes than the {@link InputLimits} allow, a line longer
 * than {@link #MAX_LINE_BYTES} bytes or more than {@link #MAX_SETS} sets is an error. The text is read as UTF-8
 * (malformed bytes are an error naming the line and byte). Immutable and thread-safe.
 */
public final class GmtReader implements DataReader<GmtFile> {

    /** Longest line accepted (16 MiB: far more than any real gene set). */
    public static final int MAX_LINE_BYTES = 1 << 24;
    /** Most sets accepted from one file (MSigDB as a whole has about 35,000). */
    public static final int MAX_SETS = 1_000_000;

    private final InputLimits limits;

    /** A reader with the default input limits. */
    public GmtReader() {
        this(InputLimits.DEFAULT);
    }

    /** A reader that holds the (decompressed) input to {@code limits}. */
    public GmtReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public GmtFile read(Path file) throws IOException {
        try (InputStream in = InputFile.open(file, limits)) {
            return parse(in, InputFile.displayName(file));
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws InputFormatException at the first line that is not GMT, with its line and column; for bytes that are not
     *                              UTF-8; for a file without any gene set
     */
    @Override
    public GmtFile read(InputStream in, String source) throws IOException {
        try (InputStream bounded = InputFile.open(in, source, limits)) {
            return parse(bounded, source);
        }
    }

    private static GmtFile parse(InputStream in, String source) throws IOException {
        LineSource lines = new LineSource(in, source);
        List<GeneSet> sets = new ArrayList<>();
        List<GmtNotice> notices = new ArrayList<>();
        Map<String, Long> firstLineOfName = new HashMap<>();
        String line;
        while ((line = lines.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            long number = lines.number();
            String[] fields = line.split("\t", -1);
            String name = fields[0].strip();
            if (name.isEmpty()) {
                throw new InputFormatException(source, number, 1, "expected a gene-set name, found an empty field");
            }
            if (fields.length < 2) {
                throw new InputFormatException(source, number, line.length() + 1,
                        "expected a tab and a description after the set name " + name);
            }
            Long earlier = firstLineOfName.putIfAbsent(name, number);
            if (earlier != null) {
                notices.add(new GmtNotice(number, name, GmtNotice.Kind.DUPLICATE_SET_NAME, Long.toString(earlier)));
                continue;
            }
            if (sets.size() >= MAX_SETS) {
                throw new InputFormatException(source, number, 1, "more than " + MAX_SETS + " gene sets");
            }
            sets.add(new GeneSet(name, fields[1].strip(), genes(fields, number, name, source, notices)));
        }
        if (sets.isEmpty()) {
            throw new InputFormatException(source, 0, 0, "no gene set; expected lines of a set name, a description "
                    + "and genes, separated by tabs (GMT)");
        }
        if (sets.stream().allMatch(s -> s.genes().isEmpty())) {
            // Said here: the analysis would call them sets none of whose genes are in the data.
            throw new InputFormatException(source, 0, 0, "no gene set lists any gene (" + sets.size() + " set"
                    + (sets.size() == 1 ? "" : "s") + ", each a name and a description only); expected genes after "
                    + "the description, separated by tabs (GMT)");
        }
        return new GmtFile(source, sets, notices);
    }

    private static List<String> genes(String[] fields, long number, String name, String source,
                                      List<GmtNotice> notices) throws InputFormatException {
        Set<String> genes = new LinkedHashSet<>();
        int column = fields[0].length() + fields[1].length() + 3;
        for (int i = 2; i < fields.length; i++) {
            String gene = fields[i].strip();
            if (gene.isEmpty()) {
                // Many tools write a trailing tab; an empty last field is harmless, an empty field inside is not.
                if (i == fields.length - 1) {
                    break;
                }
                throw new InputFormatException(source, number, column, "expected a gene in set " + name
                        + ", found an empty field");
            }
            if (!genes.add(gene)) {
                notices.add(new GmtNotice(number, name, GmtNotice.Kind.DUPLICATE_GENE, gene));
            }
            column += fields[i].length() + 1;
        }
        return List.copyOf(genes);
    }

    /**
     * Lines without their LF or CRLF, each at most {@link #MAX_LINE_BYTES} long, split on bytes and decoded one by
     * one so that bytes that are not UTF-8 are reported at their own line and byte.
     */
    private static final class LineSource {
        private final InputStream in;
        private final String source;
        private final byte[] buffer = new byte[8192];
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private int position;
        private int limit;
        private long number;

        LineSource(InputStream in, String source) {
            this.in = in;
            this.source = source;
        }

        long number() {
            return number;
        }

        @Nullable String next() throws IOException {
            line.reset();
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = Math.max(0, in.read(buffer));
                    position = 0;
                    if (limit == 0) {
                        return any ? decoded() : null;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                line.write(buffer, start, position - start);
                if (line.size() > MAX_LINE_BYTES) {
                    throw new InputFormatException(source, number + 1, MAX_LINE_BYTES + 1,
                            "line longer than " + MAX_LINE_BYTES + " bytes");
                }
                if (position < limit) {
                    position++;
                    return decoded();
                }
            }
        }

        /** The line read, without a final CR; bytes that are not UTF-8 are bad data at their line and byte. */
        private String decoded() throws InputFormatException {
            number++;
            byte[] bytes = line.toByteArray();
            int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            ByteBuffer text = ByteBuffer.wrap(bytes, 0, end);
            try {
                return decoder.decode(text).toString();
            } catch (CharacterCodingException e) {
                int bad = text.position();
                throw new InputFormatException(source, number, bad + 1, String.format("invalid UTF-8: byte 0x%02X at "
                        + "byte %d of the line; expected a GMT file: tab-separated UTF-8 text", bytes[bad] & 0xff,
                        bad + 1), e);
            }
        }
    }
}
