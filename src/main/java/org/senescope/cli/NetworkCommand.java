package org.senescope.cli;

import org.senescope.export.files.NetworkFiles;

import org.senescope.output.AtomicFileWriter;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.CurationProblem;
import org.senescope.knowledge.GeneReference;
import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code senescope network}: builds the network from seeds and curation and writes it in the chosen formats. */
@Command(name = "network",
        mixinStandardHelpOptions = true,
        description = {"Build the senescence–immunity network from the seed documents and write it for Cytoscape.",
                "Every quote is checked against its seed; any problem is reported as file:line:column and nothing "
                        + "is written."},
        footer = {"", "Formats: cx2 (Cytoscape 3.10 and Cytoscape Web, with style and layout), xgmml (+ .style.xml), "
                + "graphml, sif (+ .nodes.tsv, .edges.tsv), cyjs (Cytoscape.js JSON)."})
final class NetworkCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Comma-separated formats (default: ${DEFAULT-VALUE}).", defaultValue = "cx2,xgmml,graphml,sif,cyjs")
    List<NetworkFormat> formats;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "senescence-immunity",
            description = "Base name of the files written (default: ${DEFAULT-VALUE}).")
    String baseName;

    @Option(names = "--curation", paramLabel = "DIR",
            description = "Curation folder to build from instead of the bundled one (with --seeds).")
    Path curation;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Seed documents folder to build from instead of the bundled one (with --curation).")
    Path seeds;

    @Option(names = "--hgnc", paramLabel = "FILE",
            description = "A newer HGNC download (13-column genenames.org text format) to update gene symbols before "
                    + "the curation is checked; every skipped line is reported.")
    Path hgnc;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((curation == null) != (seeds == null)) {
            err.println("senescope network: --curation and --seeds go together; give both or neither");
            return ExitCodes.USAGE;
        }
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            err.println("senescope network: --name must be a plain file name, found '" + baseName + "'");
            return ExitCodes.USAGE;
        }
        Network network;
        try {
            GeneReference genes = hgnc == null ? SenescenceImmunityNetwork.bundledGenes()
                    : HgncOption.apply(hgnc, spec.commandLine().getOut(), err);
            network = curation == null
                    ? SenescenceImmunityNetwork.build(ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                            ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes)
                    : SenescenceImmunityNetwork.build(ResourceDirectory.of(curation), ResourceDirectory.of(seeds), genes);
        } catch (InputFormatException e) {
            err.println("senescope network: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        } catch (IOException e) {
            err.println("senescope network: cannot read " + hgnc + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        } catch (CurationException e) {
            for (CurationProblem p : e.problems()) {
                err.println(p);
            }
            err.println("senescope network: " + e.problems().size() + " problem(s) in the curation; nothing written");
            return ExitCodes.DATA_ERROR;
        }
        List<OutputFile> files = new ArrayList<>();
        formats.stream().distinct().forEach(f -> files.addAll(NetworkFiles.of(f, baseName)));
        try {
            Files.createDirectories(out);
            AtomicFileWriter.writeAll(OutputFile.planAll(out, files, network));
        } catch (IOException e) {
            err.println("senescope network: cannot write to " + out + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        }
        printSummary(spec.commandLine().getOut(), network, files);
        return ExitCodes.OK;
    }

    private void printSummary(PrintWriter out, Network network, List<OutputFile> files) {
        Map<EvidenceType, Long> counts = network.claimCountsByEvidenceType();
        String byType = Arrays.stream(EvidenceType.values())
                .map(t -> counts.getOrDefault(t, 0L) + " " + t.label())
                .collect(Collectors.joining(", "));
        out.printf("%s: %d nodes, %d edges, %d claims (%s)%n", network.name(), network.nodes().size(),
                network.edges().size(), network.claims().size(), byType);
        out.printf("Wrote %d files to %s:%n", files.size(), this.out);
        for (OutputFile f : files) {
            out.printf("  %s%n", this.out.resolve(f.fileName()));
        }
        if (formats.contains(NetworkFormat.CX2)) {
            out.println("Open in Cytoscape 3.10+: File > Import > Network from File..., choose the .cx2 file "
                    + "(style and layout included).");
        }
    }

    /** Converts a format name, saying which names exist when it is not one. */
    static final class FormatConverter implements CommandLine.ITypeConverter<NetworkFormat> {
        @Override
        public NetworkFormat convert(String value) {
            return NetworkFormat.fromName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; expected one of: " + Arrays.stream(NetworkFormat.values())
                            .map(NetworkFormat::formatName).collect(Collectors.joining(", "))));
        }
    }
}
