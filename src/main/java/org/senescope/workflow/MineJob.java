package org.senescope.workflow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.Curation;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.CurationReader;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.mine.CandidateClaim;
import org.senescope.mine.FoundEntity;
import org.senescope.mine.MinedDocument;
import org.senescope.mine.Miner;
import org.senescope.mine.entities.ConceptKind;
import org.senescope.mine.entities.EntityLexicon;
import org.senescope.output.PlannedFile;
import org.senescope.read.InputLimits;
import org.senescope.read.document.HtmlDocumentReader;
import org.senescope.read.document.PdfDocumentReader;

/**
 * The literature miner ({@code senescope mine}): reads documents (plain text; PDF and HTML by their extension, through
 * {@link PdfDocumentReader} and {@link HtmlDocumentReader}) and plans {@code candidates.tsv} (one
 * row per candidate claim, in the curation's claims.tsv columns plus the miner's score, triggers, flags, reasons and
 * gene symbols) and {@code entities.tsv} (every name found, with offsets in the original text file, or in the text
 * extracted from a PDF or HTML page). The names are
 * those of the bundled network's nodes and of the bundled human and mouse gene tables. Candidates are proposals:
 * nothing is merged into a curation. Stateless and thread-safe.
 */
public final class MineJob {

    public static final String CANDIDATES = "candidates.tsv";
    public static final String ENTITIES = "entities.tsv";
    /** Largest document read, in bytes: a book-length text, far above any paper. */
    static final long MAX_BYTES = 32L << 20;
    private static final InputLimits DOCUMENT_LIMITS = InputLimits.DEFAULT.withMaxBytes(MAX_BYTES);

    private MineJob() {
    }

    /**
     * Mines every document of {@code request}.
     *
     * @throws BadRequestException  for no documents
     * @throws InputFormatException for a document that is too large, a {@code .pdf} that is not a readable PDF with
     *                              text, an {@code .html}/{@code .htm} that is not HTML, or other text not in UTF-8
     * @throws BadDataException     if the bundled curation does not read (a broken installation)
     * @throws IOException          when a document cannot be read
     */
    public static MineResult run(MineRequest request) throws IOException {
        if (request.documents().isEmpty()) {
            throw new BadRequestException("give at least one document to mine");
        }
        Miner miner = new Miner(lexicon());
        List<CandidateClaim> candidates = new ArrayList<>();
        List<FoundEntity> entities = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Path doc : request.documents()) {
            MinedDocument mined = miner.mine(String.valueOf(doc.getFileName()), read(doc));
            candidates.addAll(mined.candidates());
            entities.addAll(mined.entities());
            summary.add(doc + ": " + mined.sentences() + " sentences, " + mined.entities().size() + " names, "
                    + mined.candidates().size() + " candidate claims");
        }
        List<String> notes = new ArrayList<>();
        long ambiguous = entities.stream().filter(e -> e.concept().kind() == ConceptKind.AMBIGUOUS).count();
        if (ambiguous > 0) {
            notes.add(ambiguous + " names stand for several genes and were left unresolved (kind \"ambiguous\" in "
                    + ENTITIES + ")");
        }
        notes.add("candidates are proposals for review, not claims: nothing was added to a curation");
        String candidateTable = MineTables.candidates(candidates);
        String entityTable = MineTables.entities(entities);
        Path out = request.directory();
        List<PlannedFile> files = List.of(
                new PlannedFile(out.resolve(CANDIDATES), o -> o.write(candidateTable.getBytes(StandardCharsets.UTF_8))),
                new PlannedFile(out.resolve(ENTITIES), o -> o.write(entityTable.getBytes(StandardCharsets.UTF_8))));
        return new MineResult(candidates.size(), entities.size(), notes, summary,
                new OutputSet(out, files, request.documents()), candidates.stream().map(ProposedClaim::of).toList());
    }

    private static EntityLexicon lexicon() {
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        try {
            Curation curation = CurationReader.read(
                    ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                    ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes);
            return EntityLexicon.of(curation.nodes(), genes.human(), genes.mouse());
        } catch (CurationException e) {
            throw new BadDataException("the bundled curation does not read: " + e.getMessage(), e);
        }
    }

    private static String read(Path doc) throws IOException {
        if (Files.size(doc) > MAX_BYTES) {
            throw new InputFormatException(doc.toString(), 0, 0, "expected a document of at most "
                    + (MAX_BYTES >> 20) + " MB, found " + Files.size(doc) + " bytes");
        }
        String name = doc.getFileName() == null ? "" : doc.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return new PdfDocumentReader(DOCUMENT_LIMITS).read(doc).text();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlDocumentReader(DOCUMENT_LIMITS).read(doc).text();
        }
        byte[] bytes = Files.readAllBytes(doc);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(doc.toString(), 0, 0, "expected UTF-8 plain text, found other bytes", e);
        }
    }
}
