package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.senescope.model.format.NetworkFormat;
import org.senescope.workflow.FileOutput;
import org.senescope.workflow.NetworkJob;
import org.senescope.workflow.NetworkRequest;
import org.senescope.workflow.NetworkResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope network}: the options as a {@link NetworkRequest}, the {@link NetworkJob}'s files written, its
 * notes printed. Failures reach {@link SenescopeCommand}'s one handler.
 */
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

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Comma-separated formats (default: ${DEFAULT-VALUE}).", defaultValue = "cx2,xgmml,graphml,sif,cyjs")
    List<NetworkFormat> formats;

    @Option(names = "--name", paramLabel = "BASE", defaultValue = "senescence-immunity",
            converter = OptionConverters.BaseName.class,
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
    public Integer call() throws IOException {
        NetworkResult result = new NetworkJob().run(request());
        FilesReport.write(spec.commandLine(), result.warnings(), result.notes(), result.files(),
                overwrite.existingFiles());
        PrintWriter o = spec.commandLine().getOut();
        if (formats.contains(NetworkFormat.CX2)) {
            o.println("Open in Cytoscape 3.10+: File > Import > Network from File..., choose the .cx2 file "
                    + "(style and layout included).");
        }
        return ExitCodes.OK;
    }

    /** The options as the job's request. */
    NetworkRequest request() {
        if ((curation == null) != (seeds == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--curation and --seeds go together; give both or neither");
        }
        NetworkRequest.Curation source = curation == null ? NetworkRequest.Curation.BUNDLED
                : new NetworkRequest.Curation.Folders(curation, seeds);
        NetworkRequest.Genes genes = hgnc == null ? NetworkRequest.Genes.BUNDLED
                : new NetworkRequest.Genes.HgncUpdate(hgnc);
        return new NetworkRequest(source, genes, new FileOutput.Folder(out, baseName, formats));
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
