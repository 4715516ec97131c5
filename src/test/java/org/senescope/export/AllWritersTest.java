package org.senescope.export;

import org.senescope.export.files.NetworkFiles;

import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.senescope.model.Network;

/** What every writer of every format promises: determinism, UTF-8, no line-ending or locale drift, the stream left open. */
class AllWritersTest {

    static Stream<OutputFile> files() {
        return Stream.of(NetworkFormat.values()).flatMap(f -> NetworkFiles.of(f, "fixture").stream());
    }

    @ParameterizedTest
    @MethodSource("files")
    void sameNetworkSameBytes(OutputFile file) throws IOException {
        byte[] first = TestDocuments.bytes(file.writer(), NetworkFixture.network());
        byte[] second = TestDocuments.bytes(file.writer(), NetworkFixture.network());
        assertArrayEquals(first, second, file.fileName());
    }

    @ParameterizedTest
    @MethodSource("files")
    void theDefaultLocaleChangesNothing(OutputFile file) throws IOException {
        byte[] reference = TestDocuments.bytes(file.writer(), NetworkFixture.network());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertArrayEquals(reference, TestDocuments.bytes(file.writer(), NetworkFixture.network()), file.fileName());
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void writesStrictUtf8WithLineFeedsOnly(OutputFile file) throws IOException {
        byte[] bytes = TestDocuments.bytes(file.writer(), NetworkFixture.network());
        String text = decodeStrictly(bytes, file.fileName());
        assertFalse(text.contains("\r"), file.fileName());
        assertTrue(text.endsWith("\n") || text.endsWith("}") || text.endsWith("]"), file.fileName());
    }

    @ParameterizedTest
    @MethodSource("files")
    void flushesButNeverClosesTheCallersStream(OutputFile file) throws IOException {
        byte[] reference = TestDocuments.bytes(file.writer(), NetworkFixture.network());
        ClosingRecorder sink = new ClosingRecorder();
        ClosingRecorder.Buffered buffered = new ClosingRecorder.Buffered(sink);
        file.writer().write(NetworkFixture.network(), buffered);
        assertArrayEquals(reference, sink.toByteArray(), "everything reaches the sink: " + file.fileName());
        assertFalse(buffered.closed || sink.closed, file.fileName());
    }

    @ParameterizedTest
    @MethodSource("files")
    void anEmptyNetworkIsWrittenToo(OutputFile file) throws IOException {
        Network empty = new Network("empty", List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of());
        byte[] bytes = TestDocuments.bytes(file.writer(), empty);
        decodeStrictly(bytes, file.fileName());
        assertTrue(bytes.length > 0 || file.fileName().endsWith(".sif"), "only a SIF of nothing is empty");
    }

    @ParameterizedTest
    @MethodSource("files")
    void refusesNulls(OutputFile file) {
        assertThrows(NullPointerException.class, () -> file.writer().write(null, new ByteArrayOutputStream()));
        assertThrows(NullPointerException.class, () -> file.writer().write(NetworkFixture.network(), null));
    }

    private static String decodeStrictly(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(what + " is not UTF-8", e);
        }
    }

    /** A sink that remembers being closed, with a buffer in front that does too. */
    private static final class ClosingRecorder extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }

        static final class Buffered extends BufferedOutputStream {
            boolean closed;

            Buffered(OutputStream sink) {
                super(sink, 1 << 20);
            }

            @Override
            public void close() {
                closed = true;
            }
        }
    }
}
