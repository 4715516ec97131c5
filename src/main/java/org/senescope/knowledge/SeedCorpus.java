package org.senescope.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;

/**
 * The seed documents, read as UTF-8 text, each with a {@link QuoteLocator}. Immutable and thread-safe once read.
 */
public final class SeedCorpus {

    /** Seeds are articles of a few pages; this bounds what is read. */
    static final long MAX_BYTES = 4L << 20;

    private final Map<String, SeedDocument> documents;
    private final Map<String, QuoteLocator> locators;

    private SeedCorpus(Map<String, SeedDocument> documents) {
        this.documents = documents;
        this.locators = new LinkedHashMap<>();
        documents.forEach((file, doc) -> locators.put(file, new QuoteLocator(doc.text())));
    }

    /**
     * Reads the named seed files; each one that is missing, too large or not valid UTF-8 adds a problem and is left
     * out.
     */
    static SeedCorpus read(ResourceDirectory dir, List<String> files, List<CurationProblem> problems) {
        Map<String, SeedDocument> docs = new LinkedHashMap<>();
        for (String file : files) {
            readOne(dir, file, problems).ifPresent(d -> docs.put(file, d));
        }
        return new SeedCorpus(docs);
    }

    private static Optional<SeedDocument> readOne(ResourceDirectory dir, String file, List<CurationProblem> problems) {
        try (InputStream in = BoundedInput.capped(dir.open(file), MAX_BYTES, ReadFailures.sizeOnly())) {
            byte[] bytes = in.readAllBytes();
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new SeedDocument(file, text, sha256(bytes)));
        } catch (NoSuchFileException e) {
            problems.add(new CurationProblem(dir.describe(file), 0, 0, "seed document not found"));
        } catch (CharacterCodingException e) {
            problems.add(new CurationProblem(dir.describe(file), 0, 0, "seed document is not valid UTF-8 text"));
        } catch (IOException e) {
            problems.add(new CurationProblem(dir.describe(file), 0, 0, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public Optional<SeedDocument> document(String file) {
        return Optional.ofNullable(documents.get(file));
    }

    /** The quote locator of a seed that was read, or empty for an unknown seed. */
    public Optional<QuoteLocator> locator(String file) {
        return Optional.ofNullable(locators.get(file));
    }

    public List<SeedDocument> documents() {
        return List.copyOf(documents.values());
    }
}
