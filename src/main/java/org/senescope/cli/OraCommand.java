package org.senescope.cli;

import org.senescope.workflow.GeneSetTables;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.ora.OraRun;
import org.senescope.analysis.ora.OraSetResult;
import org.senescope.analysis.ora.OverRepresentation;
import org.senescope.output.AtomicFileWriter;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.CurationException;
import org.senescope.model.data.GeneSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code senescope ora}: over-representation of a gene selection in gene sets, against an explicit background. */
@Command(name = "ora",
        mixinStandardHelpOptions = true,
        description = {"Over-representation analysis: one-sided hypergeometric test of a gene selection in each gene "
                + "set against an explicit background, Benjamini-Hochberg q.",
                "Writes ora.tsv (one row per set), ora-skipped.tsv (sets left out, with the reason) and "
                        + "ora-settings.tsv (inputs, counts, background), each whole or not at all."})
final class OraCommand implements Callable<Integer> {

    static final String RESULTS = "ora.tsv";
    static final String SKIPPED = "ora-skipped.tsv";
    static final String SETTINGS = "ora-settings.tsv";
    static final List<String> RESULT_COLUMNS = List.of("set", "size_before", "size", "overlap", "expected",
            "fold_enrichment", "p", "q", "overlap_genes");
    /** Genes named in a printed note before it says "and N more". */
    private static final int LISTED = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--genes", paramLabel = "FILE", required = true,
            description = "The selected genes: one a line; blank lines and lines starting with # are ignored.")
    Path genes;

    @CommandLine.ArgGroup(multiplicity = "1")
    Background background;

    static final class Background {
        @Option(names = "--background", paramLabel = "FILE", required = true,
                description = "The background (universe): every gene that could have been selected, one a line.")
        Path file;

        @Option(names = "--background-from-sets", required = true,
                description = "Use every gene of the gene sets as the background.")
        boolean fromSets;
    }

    @CommandLine.Mixin
    GeneSetOptions geneSets;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!geneSets.usageProblem().isEmpty()) {
            err.println("senescope ora: " + geneSets.usageProblem());
            return ExitCodes.USAGE;
        }
        SetSizeFilter filter = geneSets.filter();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("method", "one-sided hypergeometric test (over-representation), Benjamini-Hochberg q");
        List<String> notes = new ArrayList<>();
        List<String> selected;
        List<String> universe;
        List<GeneSet> sets;
        String source;
        try {
            selected = readGeneList(genes);
            if (selected.isEmpty()) {
                throw new InputFormatException(genes.toString(), 0, 0, "expected at least one gene, found none");
            }
            sets = geneSets.load(settings, notes);
            if (background.fromSets) {
                universe = sets.stream().flatMap(s -> s.genes().stream()).toList();
                source = "every gene of the gene sets";
            } else {
                universe = readGeneList(background.file);
                source = background.file.toString();
            }
        } catch (InputFormatException e) {
            err.println("senescope ora: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (CurationException e) {
            err.println("senescope ora: the bundled network cannot be built: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope ora: cannot read input: " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        OraRun run;
        try {
            run = OverRepresentation.test(selected, universe, sets, filter);
        } catch (IllegalArgumentException e) {
            err.println("senescope ora: " + genes + ": " + e.getMessage() + " (" + source + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        if (run.results().isEmpty()) {
            err.println("senescope ora: no gene set has between " + geneSets.minSize + " and " + geneSets.maxSize
                    + " genes in the background (" + run.skipped().size() + " sets skipped: "
                    + GeneSetTables.reasonCounts(run.skipped()) + "); nothing written");
            return ExitCodes.DATA_ERROR;
        }
        notes.addAll(notes(run, source));
        try {
            Files.createDirectories(out);
            write(run, settings(run, settings, selected.size(), universe.size(), source));
        } catch (IOException e) {
            err.println("senescope ora: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        notes.forEach(n -> stdout.println("note: " + n));
        long significant = run.results().stream().filter(r -> r.q() < 0.05).count();
        stdout.printf("%d of %d selected genes in a background of %d; %d gene sets tested, %d skipped (%s), "
                        + "%d with BH q < 0.05%n", run.selectedSize(), selected.size() - run.selectedRepeats(),
                run.backgroundSize(), run.results().size(), run.skipped().size(),
                GeneSetTables.reasonCounts(run.skipped()), significant);
        stdout.printf("Wrote %s, %s and %s%n", out.resolve(RESULTS), out.resolve(SKIPPED), out.resolve(SETTINGS));
        return ExitCodes.OK;
    }

    private void write(OraRun run, Map<String, String> settings) throws IOException {
        StringBuilder b = new StringBuilder(String.join("\t", RESULT_COLUMNS)).append('\n');
        for (OraSetResult r : run.byP()) {
            b.append(r.name()).append('\t').append(r.sizeBefore()).append('\t').append(r.size()).append('\t')
                    .append(r.overlap()).append('\t').append(r.expected()).append('\t').append(r.foldEnrichment())
                    .append('\t').append(r.p()).append('\t').append(r.q()).append('\t')
                    .append(String.join("|", r.overlapGenes())).append('\n');
        }
        byte[] results = b.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(out.resolve(RESULTS), o -> o.write(results));
        AtomicFileWriter.write(out.resolve(SKIPPED),
                o -> o.write(GeneSetTables.skippedTable(run.skipped()).getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(out.resolve(SETTINGS),
                o -> o.write(GeneSetTables.settingsTable(settings).getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, String> settings(OraRun run, Map<String, String> inputs, int selectedEntries,
                                         int backgroundEntries, String source) {
        Map<String, String> all = new LinkedHashMap<>(inputs);
        all.put("genes", genes.toString());
        all.put("genes_read", Integer.toString(selectedEntries));
        all.put("genes_repeated", Integer.toString(run.selectedRepeats()));
        all.put("genes_not_in_background", Integer.toString(run.notInBackground().size()));
        all.put("genes_not_in_background_list", String.join("|", run.notInBackground()));
        all.put("genes_tested", Integer.toString(run.selectedSize()));
        all.put("background", source);
        all.put("background_read", Integer.toString(backgroundEntries));
        all.put("background_repeated", Integer.toString(run.backgroundRepeats()));
        all.put("background_size", Integer.toString(run.backgroundSize()));
        all.put("sets_tested", Integer.toString(run.results().size()));
        all.put("sets_skipped", Integer.toString(run.skipped().size()));
        return all;
    }

    private static List<String> notes(OraRun run, String source) {
        List<String> notes = new ArrayList<>();
        if (run.selectedRepeats() > 0) {
            notes.add(run.selectedRepeats() + " repeated genes in the selection were counted once");
        }
        if (run.backgroundRepeats() > 0) {
            notes.add(run.backgroundRepeats() + " repeated genes in the background (" + source
                    + ") were counted once");
        }
        List<String> missing = run.notInBackground();
        if (!missing.isEmpty()) {
            notes.add(missing.size() + " selected genes are not in the background and were left out: "
                    + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more (all listed in "
                    + SETTINGS + ")" : ""));
        }
        return notes;
    }

    /**
     * Reads one gene a line: UTF-8 (a leading byte-order mark is skipped), LF or CRLF; surrounding spaces are trimmed;
     * blank lines and lines whose first character is {@code #} are skipped. Malformed UTF-8, a control character or
     * a space inside a name is an error naming the line and column.
     */
    static List<String> readGeneList(Path file) throws IOException {
        String name = file.toString();
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int line = 1; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputFormatException(name, line, 0, "expected UTF-8 text, found bytes that are not", e);
            }
            start = end + 1;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String gene = text.strip();
            if (gene.isEmpty() || gene.startsWith("#")) {
                continue;
            }
            int offset = text.indexOf(gene);
            for (int i = 0; i < gene.length(); i++) {
                char c = gene.charAt(i);
                if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    throw new InputFormatException(name, line, offset + i + 1, String.format(
                            "expected one gene name a line, found %s (U+%04X)", Character.isISOControl(c)
                                    && c != '\t' ? "a control character (not text)" : "white space inside the name",
                            (int) c));
                }
            }
            result.add(gene);
        }
        return result;
    }
}
