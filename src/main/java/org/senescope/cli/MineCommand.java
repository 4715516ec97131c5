package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.senescope.workflow.MineJob;
import org.senescope.workflow.MineRequest;
import org.senescope.workflow.MineResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code senescope mine}: propose candidate claims from plain-text documents ({@link MineJob}). */
@Command(name = "mine",
        mixinStandardHelpOptions = true,
        description = {"Literature miner: finds the network's nodes and human and mouse genes in plain-text "
                + "documents and proposes the relations their sentences state, for review.",
                "Writes candidates.tsv (claims.tsv columns plus score, triggers, negation, hedging, reasons and "
                        + "gene symbols) and entities.tsv (every name with its offsets), both whole or not at all."})
final class MineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DOCS", arity = "1..*", description = "Plain-text documents (UTF-8).")
    List<Path> documents;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (created if missing).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws IOException {
        MineResult result = MineJob.run(new MineRequest(documents, out));
        FilesReport.writeThenSummarise(spec.commandLine(), result.files(), overwrite.existingFiles(), result.notes(),
                result.summary());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(result.candidates() + " candidate claims, " + result.entities() + " names: "
                + out.resolve(MineJob.CANDIDATES) + ", " + out.resolve(MineJob.ENTITIES));
        return 0;
    }
}
