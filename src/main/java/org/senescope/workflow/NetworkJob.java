package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.senescope.failure.BadDataException;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.CurationProblem;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.table.NetworkTables;

/**
 * The network job: builds the senescence–immunity network from the bundled curation or the user's, checked against
 * the bundled gene tables or a newer HGNC download, and lays out its files in the chosen formats ({@link ExportJob}).
 * {@code senescope network} and Apps &gt; Senescope &gt; Build run it. Thread-safe when the bundled-network supplier
 * is.
 */
public final class NetworkJob {

    /** The bundled network's title. */
    public static final String BUNDLED_NAME = SenescenceImmunityNetwork.NAME;

    private final Supplier<Network> bundled;

    /** A job that builds the bundled network afresh when asked for it. */
    public NetworkJob() {
        this(SenescenceImmunityNetwork::buildBundled);
    }

    /**
     * A job that takes the bundled network (bundled curation, bundled genes) from {@code bundled}, which may keep it:
     * the network is immutable.
     */
    public NetworkJob(Supplier<Network> bundled) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
    }

    /**
     * Builds the network and plans its files.
     *
     * @throws BadDataException  when the curation does not check: the message lists every problem, one per line,
     *                           each as {@code file:line:column: reason}, and ends with their count; the cause is the
     *                           {@link CurationException}
     * @throws org.senescope.failure.InputFormatException when the HGNC file's header is not HGNC's
     * @throws IOException       when the HGNC file, the curation or the seeds cannot be read
     */
    public NetworkResult run(NetworkRequest request) throws IOException {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Network network;
        try {
            network = build(request, notes, warnings);
        } catch (CurationException e) {
            throw new BadDataException(listing(e), e);
        }
        notes.add(summary(network));
        NetworkTables tables;
        OutputSet files;
        if (request.output() instanceof FileOutput.Folder folder) {
            ExportResult export = ExportJob.run(new ExportRequest(network, NetworkLayer.PLAIN, folder));
            tables = export.tables();
            files = export.files().reading(inputs(request));
        } else {
            tables = ExportJob.tables(network, NetworkLayer.PLAIN);
            files = new OutputSet(Path.of("."), List.of());
        }
        return new NetworkResult(network, tables, notes, warnings, files);
    }

    /** The files the request reads: the HGNC file, and every file of the curation and seeds folders. */
    private static List<Path> inputs(NetworkRequest request) throws IOException {
        List<Path> files = new ArrayList<>();
        if (request.genes() instanceof NetworkRequest.Genes.HgncUpdate update) {
            files.add(update.hgncFile());
        }
        if (request.curation() instanceof NetworkRequest.Curation.Folders folders) {
            files.addAll(FolderFiles.of(folders.curation(), folders.seeds()));
        }
        return files;
    }

    private Network build(NetworkRequest request, List<String> notes, List<String> warnings) throws IOException {
        boolean bundledCuration = request.curation() instanceof NetworkRequest.Curation.Bundled;
        if (bundledCuration && request.genes() instanceof NetworkRequest.Genes.Bundled) {
            return bundled.get();
        }
        if (request.curation() instanceof NetworkRequest.Curation.Folders folders) {
            requireFolder(folders.curation());
            requireFolder(folders.seeds());
        }
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        if (request.genes() instanceof NetworkRequest.Genes.HgncUpdate update) {
            HgncUpdate applied = HgncUpdate.of(update.hgncFile());
            notes.add(applied.note());
            warnings.addAll(applied.warnings());
            genes = applied.genes();
        }
        if (request.curation() instanceof NetworkRequest.Curation.Folders folders) {
            return SenescenceImmunityNetwork.build(ResourceDirectory.of(folders.curation()),
                    ResourceDirectory.of(folders.seeds()), genes);
        }
        return SenescenceImmunityNetwork.build(ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes);
    }

    /** Every problem on its line, then how many: a curator mends them all in one pass. */
    static String listing(CurationException e) {
        return e.problems().stream().map(CurationProblem::toString).collect(Collectors.joining("\n"))
                + "\n" + e.problems().size() + " problem(s) in the curation; nothing written";
    }

    /** For example {@code Senescence–immunity network: 58 nodes, 125 edges, 157 claims (35 finding ..., ...)}. */
    static String summary(Network network) {
        Map<EvidenceType, Long> counts = network.claimCountsByEvidenceType();
        String byType = Arrays.stream(EvidenceType.values())
                .map(t -> counts.getOrDefault(t, 0L) + " " + t.label())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: %d nodes, %d edges, %d claims (%s)", network.name(), network.nodes().size(),
                network.edges().size(), network.claims().size(), byType);
    }

    /**
     * Refuses a curation or seeds folder that is absent or a file, naming it: reading its tables would name a file
     * inside it instead ({@code DIR/sources.tsv: file not found}, {@code DIR/x.txt: Not a directory}).
     */
    private static void requireFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new NoSuchFileException(folder.toString());
        }
        if (!Files.isDirectory(folder)) {
            throw new NotDirectoryException(folder.toString());
        }
    }
}
