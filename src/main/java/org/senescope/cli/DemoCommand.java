package org.senescope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.senescope.workflow.DemoPipeline;
import org.senescope.demo.SimulatedTimeCourse;
import org.senescope.knowledge.CurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code senescope demo}: the seed network with a SIMULATED data set overlaid, in every figure format, in one folder. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Write the seed network, a SIMULATED example data set (mouse liver carcinoma after p53 "
                + "restoration, days 2, 4, 8 vs day 0), figures (PNG, SVG, PDF), the interactive HTML page, the recipe "
                + "and the methods text into one folder, and say what went where."})
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: a new folder senescope-demo in the current directory).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SimulatedTimeCourse.DEFAULT_SEED,
            description = "Seed of the simulated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Path folder = out != null ? out : DemoPipeline.newFolder(Path.of(""));
        DemoPipeline.Result result;
        try {
            result = DemoPipeline.run(folder, seed);
        } catch (IOException e) {
            err.println("senescope demo: cannot write to " + folder + ": " + e.getMessage());
            return ExitCodes.IO_ERROR;
        } catch (CurationException e) {
            e.problems().forEach(err::println);
            err.println("senescope demo: the bundled curation has " + e.problems().size() + " problem(s)");
            return ExitCodes.DATA_ERROR;
        }
        o.println("Senescope demo: the seed network with SIMULATED data (not measured), written to "
                + result.folder().toAbsolutePath().normalize() + ":");
        for (DemoPipeline.Written w : result.files()) {
            o.printf("  %-62s %s%n", w.path().getFileName(), w.what());
        }
        result.mapping().forEach(m -> o.println("Mapping: " + m));
        o.println("Open " + folder.resolve(DemoPipeline.FIGURE_BASE + ".html") + " in a browser to explore.");
        return ExitCodes.OK;
    }
}
