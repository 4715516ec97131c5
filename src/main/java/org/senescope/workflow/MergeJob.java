package org.senescope.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.CurationProblem;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.output.PlannedFile;

/**
 * Merges reviewed candidates of {@code senescope mine} into a copy of a curation ({@code senescope merge}): every file
 * of the curation folder is copied unchanged but {@code claims.tsv}, which gains one row per accepted or edited
 * candidate (the review note in its {@code note}), {@code rejected.tsv}, which gains the rejected ones with their
 * notes, and, when a merged candidate names a gene outside the network by its symbol, {@code nodes.tsv} (and
 * {@code layout.tsv}), which gain its gene node ({@link MergedNodes}; each listed in the result's notes). The merged curation
 * is then built exactly as {@code network --curation} builds it, quotes checked verbatim against the seeds, before
 * anything is written: a claim the builder refuses fails the merge with the builder's message, located at its line in
 * the reviewed file. Inputs are never changed. Stateless and thread-safe.
 */
public final class MergeJob {

    public static final String CLAIMS = "claims.tsv";
    public static final String REJECTED = "rejected.tsv";
    static final List<String> REJECTED_COLUMNS = List.of("reviewed", "line", "source", "target", "relation", "sign",
            "document", "quote", "note");

    private MergeJob() {
    }

    /**
     * Plans the merged curation.
     *
     * @throws BadRequestException  when a folder is missing, or a row is undecided under {@link UndecidedRows#FAIL}
     * @throws org.senescope.failure.InputFormatException for a reviewed table that does not read
     * @throws BadDataException     when the merged curation does not build: every problem on its line
     * @throws IOException          when a file cannot be read
     */
    public static MergeResult run(MergeRequest request) throws IOException {
        for (Path folder : List.of(request.curation(), request.seeds())) {
            if (!Files.isDirectory(folder)) {
                throw new BadRequestException(folder + ": expected a folder");
            }
        }
        ReviewedCandidates reviewed = ReviewedCandidates.read(request.reviewed());
        List<String> skipped = reviewed.undecided().stream()
                .map(line -> reviewed.file() + ":" + line + ": no decision").toList();
        if (!skipped.isEmpty() && request.undecided() == UndecidedRows.FAIL) {
            throw new BadRequestException(String.join("\n", skipped) + "\n" + skipped.size()
                    + " row(s) undecided; write accept, reject or edit in their decision column, or skip them "
                    + "(--skip-undecided); nothing written");
        }
        List<ReviewedCandidates.Row> merged = reviewed.decided().stream()
                .filter(r -> r.decision() != ReviewDecision.REJECT).toList();
        List<ReviewedCandidates.Row> rejected = reviewed.decided().stream()
                .filter(r -> r.decision() == ReviewDecision.REJECT).toList();
        Path curation = request.curation();
        String original = withFinalNewline(Files.readString(curation.resolve(CLAIMS), StandardCharsets.UTF_8));
        StringBuilder claims = new StringBuilder(original);
        merged.forEach(r -> claims.append(MergedClaims.row(r)));
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put(CLAIMS, claims.toString());
        MergedNodes.Added nodes = MergedNodes.plan(ResourceDirectory.of(curation),
                Files.isRegularFile(curation.resolve(MergedNodes.LAYOUT)), reviewed, merged,
                SenescenceImmunityNetwork.bundledGenes());
        appended(curation, MergedNodes.NODES, nodes.nodeRows(), changed);
        appended(curation, MergedNodes.LAYOUT, nodes.layoutRows(), changed);
        Network network = build(request, reviewed, merged, original, changed);
        List<PlannedFile> files = new ArrayList<>();
        Path out = request.directory();
        for (Path file : FolderFiles.of(curation)) {
            String name = String.valueOf(file.getFileName());
            if (!changed.containsKey(name) && !name.equals(REJECTED)) {
                byte[] bytes = Files.readAllBytes(file);
                files.add(new PlannedFile(out.resolve(name), o -> o.write(bytes)));
            }
        }
        changed.forEach((name, text) -> files.add(utf8(out.resolve(name), text)));
        Path oldRejected = curation.resolve(REJECTED);
        String rejectedText = Files.isRegularFile(oldRejected)
                ? withFinalNewline(Files.readString(oldRejected, StandardCharsets.UTF_8))
                + MergedClaims.rejectedRows(reviewed, rejected, false)
                : MergedClaims.rejectedRows(reviewed, rejected, true);
        files.add(utf8(out.resolve(REJECTED), rejectedText));
        int edited = (int) merged.stream().filter(r -> r.decision() == ReviewDecision.EDIT).count();
        List<Path> inputs = new ArrayList<>(FolderFiles.of(curation, request.seeds()));
        inputs.add(request.reviewed());
        return new MergeResult(merged.size() - edited, edited, rejected.size(), skipped, nodes.notes(),
                NetworkJob.summary(network),
                new OutputSet(out, files, inputs));
    }

    /** Puts {@code name}'s text with {@code rows} appended into {@code changed}, when there are rows. */
    private static void appended(Path curation, String name, String rows, Map<String, String> changed)
            throws IOException {
        if (!rows.isEmpty()) {
            changed.put(name, withFinalNewline(Files.readString(curation.resolve(name), StandardCharsets.UTF_8))
                    + rows);
        }
    }

    private static Network build(MergeRequest request, ReviewedCandidates reviewed,
                                 List<ReviewedCandidates.Row> merged, String original, Map<String, String> changed)
            throws IOException {
        ResourceDirectory folder = ResourceDirectory.of(request.curation());
        ResourceDirectory withMergedClaims = new ResourceDirectory() {
            @Override
            public InputStream open(String name) throws IOException {
                String text = changed.get(name);
                return text != null ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                        : folder.open(name);
            }

            @Override
            public String describe(String name) {
                return folder.describe(name);
            }
        };
        try {
            return SenescenceImmunityNetwork.build(withMergedClaims, ResourceDirectory.of(request.seeds()),
                    SenescenceImmunityNetwork.bundledGenes());
        } catch (CurationException e) {
            long originalLines = original.chars().filter(c -> c == '\n').count();
            String claimsFile = folder.describe(CLAIMS);
            List<CurationProblem> located = e.problems().stream()
                    .map(p -> p.file().equals(claimsFile) && p.line() > originalLines
                            ? MergedClaims.inReviewed(p, reviewed, merged.get((int) (p.line() - originalLines - 1)))
                            : p)
                    .toList();
            throw new BadDataException(located.stream().map(CurationProblem::toString)
                    .collect(Collectors.joining("\n")) + "\n" + located.size()
                    + " problem(s) in the merged curation; nothing written", e);
        }
    }

    private static String withFinalNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private static PlannedFile utf8(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new PlannedFile(target, o -> o.write(bytes));
    }
}
