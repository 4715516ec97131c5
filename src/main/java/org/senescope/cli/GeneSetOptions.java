package org.senescope.cli;

import org.senescope.analysis.ModuleGeneSets;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.read.gmt.GmtFile;
import org.senescope.read.gmt.GmtReader;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.GeneSet;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gene-set options the analysis commands share: GMT files, the network's modules, and the size filter. */
final class GeneSetOptions {

    @Option(names = "--gene-sets", paramLabel = "FILE", description = "A GMT file; repeat for several.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--modules", description = "Also use the network's modules (member nodes' human symbols).")
    boolean modules;

    @Option(names = "--min-size", defaultValue = "15",
            description = "Smallest set size in the data (default: ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = "--max-size", defaultValue = "500",
            description = "Largest set size in the data (default: ${DEFAULT-VALUE}).")
    int maxSize;

    boolean isEmpty() {
        return files.isEmpty() && !modules;
    }

    /** What is wrong with these options as given (no sets asked for, a bad size range), or empty. */
    String usageProblem() {
        if (isEmpty()) {
            return "give at least one --gene-sets FILE or --modules";
        }
        try {
            filter();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return "";
    }

    /** The size filter; an {@link IllegalArgumentException} names a bad combination (see {@link #usageProblem}). */
    SetSizeFilter filter() {
        return new SetSizeFilter(minSize, maxSize);
    }

    /** Reads every set, recording the files in {@code settings} and what the reader changed in {@code notes}. */
    List<GeneSet> load(Map<String, String> settings, List<String> notes) throws IOException, CurationException {
        return collect(settings, notes, modules ? ModuleGeneSets.of(SenescenceImmunityNetwork.buildBundled())
                : List.of());
    }

    /** As {@link #load(Map, List)}, with {@code --modules} (when given) taken from {@code network}. */
    List<GeneSet> load(Map<String, String> settings, List<String> notes, Network network) throws IOException {
        return collect(settings, notes, modules ? ModuleGeneSets.of(network) : List.of());
    }

    private List<GeneSet> collect(Map<String, String> settings, List<String> notes, List<GeneSet> moduleSets)
            throws IOException {
        List<GeneSet> sets = new ArrayList<>();
        for (Path file : files) {
            GmtFile gmt = GmtReader.read(file);
            sets.addAll(gmt.sets());
            settings.merge("gene_sets", file.toString(), (a, b) -> a + "|" + b);
            gmt.notices().forEach(n -> notes.add(n.describe(file.toString())));
        }
        if (modules) {
            sets.addAll(moduleSets);
            settings.put("network_modules", "yes");
        }
        settings.put("min_size", Integer.toString(minSize));
        settings.put("max_size", Integer.toString(maxSize));
        return sets;
    }
}
