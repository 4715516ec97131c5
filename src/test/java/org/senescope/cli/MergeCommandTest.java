package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code senescope merge}: reviewed candidates into a copy of the curation, verified by the builder; undecided rows
 * refused or skipped; rejected rows recorded; inputs never changed; nothing written on failure.
 */
class MergeCommandTest {

    private static final Path CURATION = Path.of("networks/senescence-immunity");
    private static final String HEADER = "source\ttarget\trelation\tsign\tdirection\tdocument\tquote\tevidence_type\t"
            + "species\tmodel\tconfidence\tscore\ttriggers\tnegated\thedged\tloss_of_function\twhy\tsource_symbol\t"
            + "target_symbol\tdecision\tnote";
    private static final String SEED = "003_662adfca3ea2fe09.txt";
    private static final String QUOTE = "These studies implicated natural killer (NK) cells, macrophages, granulocytes "
            + "and CD4+ T cells in the elimination of senescent cells.";

    @TempDir
    Path tmp;

    private static String row(String source, String quote, String decision, String note) {
        return String.join("\t", source, "senescent_cell_clearance", "promotes", "+", "directed", SEED, quote,
                "prior work the seed cites", "unspecified", "", "stated", "0.80", "implicate", "no", "no", "no",
                "why", "", "", decision, note) + "\n";
    }

    private Path reviewed(String... rows) throws IOException {
        Path file = tmp.resolve("reviewed.tsv");
        Files.writeString(file, HEADER + "\n" + String.join("", rows), StandardCharsets.UTF_8);
        return file;
    }

    private CliRun merge(Path reviewed, String... more) {
        List<String> args = new ArrayList<>(List.of("merge", reviewed.toString(), "--curation", CURATION.toString(),
                "--seeds", "seeds", "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    @Test
    void acceptedAndEditedRowsJoinACopyThatBuildsAndRejectedOnesAreRecorded() throws IOException {
        Map<String, String> before = contents(CURATION);
        Path reviewed = reviewed(row("macrophage", QUOTE, "accept", ""),
                row("'=granulocyte", QUOTE, "reject", "no granulocyte node; the seed cites it only in passing"),
                row("nk_cell", QUOTE, "Edit ", "checked against the cited studies"));
        CliRun run = merge(reviewed);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(before, contents(CURATION));
        Map<String, String> after = contents(tmp.resolve("out"));
        assertEquals(before.keySet().stream().filter(n -> !n.equals("rejected.tsv")).toList(),
                after.keySet().stream().filter(n -> !n.equals("rejected.tsv")).toList());
        for (String name : before.keySet()) {
            if (!name.equals("claims.tsv") && !name.equals("rejected.tsv")) {
                assertEquals(before.get(name), after.get(name), name);
            }
        }
        String added = String.join("\t", "macrophage", "senescent_cell_clearance", "promotes", "+", "directed", SEED,
                QUOTE, "prior work the seed cites", "unspecified", "", "stated", "") + "\n"
                + String.join("\t", "nk_cell", "senescent_cell_clearance", "promotes", "+", "directed", SEED, QUOTE,
                "prior work the seed cites", "unspecified", "", "stated", "checked against the cited studies") + "\n";
        assertEquals(before.get("claims.tsv") + added, after.get("claims.tsv"));
        // The curation's own rejected.tsv (its review of the miner's candidates on the seeds) keeps its rows.
        assertEquals(before.get("rejected.tsv")
                + reviewed + "\t3\t'=granulocyte\tsenescent_cell_clearance\tpromotes\t+\t" + SEED + "\t" + QUOTE
                + "\tno granulocyte node; the seed cites it only in passing\n", after.get("rejected.tsv"));
        List<String> out = run.out().lines().toList();
        assertEquals("1 accepted, 1 edited, 1 rejected (" + tmp.resolve("out/rejected.tsv") + "), 0 skipped",
                out.get(0));
        CliRun build = CliRun.of("network", "--out", tmp.resolve("net").toString(), "--curation",
                tmp.resolve("out").toString(), "--seeds", "seeds");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().contains(out.get(1)), build.out() + "\n---\n" + out.get(1));
    }

    @Test
    void aQuoteTheBuilderRejectsFailsWithItsMessageAtTheReviewedLine() throws IOException {
        String wrong = QUOTE.replace("elimination", "removal");
        Path reviewed = reviewed(row("macrophage", QUOTE, "accept", ""), row("nk_cell", wrong, "edit", ""));
        CliRun run = merge(reviewed);
        assertEquals(65, run.exitCode(), run.err());
        assertTrue(Files.notExists(tmp.resolve("out")));
        // The same row in a curation folder: the builder's own message, located in claims.tsv.
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        for (Map.Entry<String, String> f : contents(CURATION).entrySet()) {
            Files.writeString(copy.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(copy.resolve("claims.tsv"), String.join("\t", "nk_cell", "senescent_cell_clearance",
                "promotes", "+", "directed", SEED, wrong, "prior work the seed cites", "unspecified", "", "stated", "")
                + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CliRun build = CliRun.of("network", "--out", tmp.resolve("net").toString(), "--curation", copy.toString(),
                "--seeds", "seeds");
        assertEquals(65, build.exitCode(), build.err());
        String builderMessage = build.err().lines().findFirst().orElseThrow().replaceFirst("^.*claims\\.tsv:\\d+:", "");
        assertTrue(builderMessage.startsWith("7: column 'quote': not found in seed " + SEED + "; nearest passage: \""),
                builderMessage);
        assertEquals(List.of("senescope merge: " + reviewed + ":3:" + builderMessage,
                "1 problem(s) in the merged curation; nothing written"), run.err().lines().toList());
    }

    @Test
    void undecidedRowsAreRefusedUnlessSkippedAndThenListed() throws IOException {
        Path reviewed = reviewed(row("macrophage", QUOTE, "", ""), row("nk_cell", QUOTE, "reject", "duplicate"),
                row("nk_cell", QUOTE, " ", ""));
        CliRun refused = merge(reviewed);
        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals(List.of("senescope merge: " + reviewed + ":2: no decision", reviewed + ":4: no decision",
                "2 row(s) undecided; write accept, reject or edit in their decision column, or skip them "
                        + "(--skip-undecided); nothing written"), refused.err().lines().limit(3).toList());
        assertTrue(Files.notExists(tmp.resolve("out")));
        CliRun skipped = merge(reviewed, "--skip-undecided");
        assertEquals(0, skipped.exitCode(), skipped.err());
        assertEquals(List.of("skipped: " + reviewed + ":2: no decision", "skipped: " + reviewed + ":4: no decision",
                "0 accepted, 0 edited, 1 rejected (" + tmp.resolve("out/rejected.tsv") + "), 2 skipped"),
                skipped.out().lines().limit(3).toList());
        assertEquals(Files.readString(CURATION.resolve("claims.tsv")),
                Files.readString(tmp.resolve("out/claims.tsv")));
    }

    @Test
    void anUnknownDecisionIsLocated() throws IOException {
        Path reviewed = reviewed(row("macrophage", QUOTE, "maybe", ""));
        CliRun run = merge(reviewed);
        assertEquals(65, run.exitCode());
        assertEquals("senescope merge: " + reviewed + ":2:20: unknown decision 'maybe'; expected accept, reject, "
                + "edit or empty (undecided)", run.err().lines().findFirst().orElseThrow());
    }

    /** A reviewed row naming a gene outside the network by its symbol, as senescope mine names one. */
    private static String geneRow(String gene, String decision) {
        return String.join("\t", gene, "senescent_cell_clearance", "promotes", "+", "directed", SEED, QUOTE,
                "prior work the seed cites", "unspecified", "", "stated", "0.80", "implicate", "no", "no", "no",
                "why", gene, "", decision, "") + "\n";
    }

    @Test
    void anAcceptedGeneOutsideTheNetworkAddsItsNodeAndSaysSo() throws IOException {
        Map<String, String> before = contents(CURATION);
        Path reviewed = reviewed(geneRow("PRF1", "accept"), geneRow("H60a", "edit"));
        CliRun run = merge(reviewed);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(
                "added gene node 'PRF1' to nodes.tsv for " + reviewed + ":2 (source, document " + SEED + ")",
                "added gene node 'H60a' to nodes.tsv for " + reviewed + ":3 (source, document " + SEED + ")",
                "placed 'PRF1' at (0, 1450) in layout.tsv, a row below the curated layout; move it where it belongs",
                "placed 'H60a' at (150, 1450) in layout.tsv, a row below the curated layout; move it where it belongs",
                "1 accepted, 1 edited, 0 rejected (" + tmp.resolve("out/rejected.tsv") + "), 0 skipped"),
                run.out().lines().limit(5).toList());
        Map<String, String> after = contents(tmp.resolve("out"));
        assertEquals(before.get("nodes.tsv")
                + "PRF1\tPRF1\tgene\tPRF1\t5551\tENSG00000180644\t\t\t\tAdded by senescope merge from a "
                + "reviewed candidate of " + SEED + " (" + reviewed + ":2)\n"
                + "H60a\tH60a\tgene\t\t\t\tH60a\t\t\tAdded by senescope merge from a reviewed candidate of "
                + SEED + " (" + reviewed + ":3)\n", after.get("nodes.tsv"));
        assertEquals(before.get("layout.tsv") + "PRF1\t0\t1450\nH60a\t150\t1450\n", after.get("layout.tsv"));
        assertEquals(before.get("modules.tsv"), after.get("modules.tsv"));
        CliRun build = CliRun.of("network", "--out", tmp.resolve("net").toString(), "--curation",
                tmp.resolve("out").toString(), "--seeds", "seeds");
        assertEquals(0, build.exitCode(), build.err());
    }

    @Test
    void aNameThatIsNoNodeAndNoKnownSymbolStillFailsAsTheBuilderSays() throws IOException {
        Path reviewed = reviewed(geneRow("NOTAGENE1", "accept"));
        CliRun run = merge(reviewed);
        assertEquals(65, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("senescope merge: " + reviewed + ":2:"), first);
        assertTrue(first.endsWith("unknown node 'NOTAGENE1'; expected a node id from nodes.tsv"), first);
        assertTrue(Files.notExists(tmp.resolve("out")));
    }

    @Test
    void theMinersOwnTableMergesAsWrittenWhenItsWhyCellsOpenWithAQuote() throws IOException {
        CliRun mined = CliRun.of("mine", "seeds/000_4e315b57901a7942.txt", "--out", tmp.resolve("mined").toString());
        assertEquals(0, mined.exitCode(), mined.err());
        List<String> lines = Files.readAllLines(tmp.resolve("mined/candidates.tsv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(1).contains("\t\"\"\""), "a why cell opening with a quote: " + lines.get(1));
        // A curator rejects every row in an editor: the decision is the last cell but one.
        List<String> rejected = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).map(l -> l.substring(0, l.length() - 2) + "\treject\t").forEach(rejected::add);
        Path reviewed = tmp.resolve("reviewed.tsv");
        Files.write(reviewed, rejected, StandardCharsets.UTF_8);
        CliRun run = merge(reviewed);
        assertEquals(0, run.exitCode(), run.err());
        int rows = lines.size() - 1;
        assertTrue(run.out().startsWith("0 accepted, 0 edited, " + rows + " rejected"), run.out());
        List<String> recorded = Files.readAllLines(tmp.resolve("out/rejected.tsv"), StandardCharsets.UTF_8);
        assertEquals(Files.readAllLines(CURATION.resolve("rejected.tsv"), StandardCharsets.UTF_8).size() + rows,
                recorded.size(), "the curation's rejected rows, then these");
    }
}
