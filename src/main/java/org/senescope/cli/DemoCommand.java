package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.senescope.workflow.DemoJob;
import org.senescope.workflow.DemoRequest;
import org.senescope.workflow.DemoResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code senescope demo}: the seed network with a SIMULATED data set overlaid, in every figure format, in one folder,
 * made by {@link DemoJob}. Failures propagate to {@link SenescopeCommand}.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Write the seed network, a SIMULATED example data set (mouse liver carcinoma after p53 "
                + "restoration, days 2, 4, 8 vs day 0), figures (PNG, SVG, PDF), the interactive HTML page, the recipe "
                + "and the methods text into one folder, and say what went where."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into: a new or empty one unless --overwrite is given (default: a new "
                    + "folder senescope-demo in the current directory).")
    Path out;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoRequest.DEFAULT_SEED,
            description = "Seed of the simulated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Path folder = out != null ? out : DemoJob.newFolder(Path.of(""));
        DemoResult result = DemoJob.run(new DemoRequest(folder, seed));
        result.files().writeIntoNewFolder(overwrite.existingFiles());
        PrintWriter o = spec.commandLine().getOut();
        o.println("Senescope demo: the seed network with SIMULATED data (not measured), written to "
                + result.directory().toAbsolutePath().normalize() + ":");
        for (DemoResult.Content c : result.contents()) {
            o.printf("  %-62s %s%n", c.path().getFileName(), c.what());
        }
        result.notes().forEach(m -> o.println("Mapping: " + m));
        o.println("Open " + folder.resolve(DemoJob.FIGURE_BASE + ".html") + " in a browser to explore.");
        return ExitCodes.OK;
    }
}
