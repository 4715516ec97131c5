package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.workflow.MineJob;
import org.senescope.workflow.MineRequest;
import org.senescope.workflow.MineResult;
import org.senescope.workflow.ProposedClaim;

/**
 * Apps &gt; Senescope &gt; Add evidence from documents...: runs the command line's {@link MineJob} on the chosen
 * documents (its files are not written) and adds its candidate claims to the current Senescope network as proposed
 * edges ({@link ProposedEdges}): dashed, orange, {@code senescope::proposed} true. Nothing is accepted: a curator
 * accepts candidates with {@code senescope merge}. Whole or nothing: a failure while adding removes the edges added
 * and puts the proposed columns back. Runs on Cytoscape's task thread.
 */
public final class AddEvidenceTask extends AbstractTask {

    static final String TITLE = "Add evidence from documents...";

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The Senescope network to add proposed edges to: 'current' or 'SUID:<n>'.",
            exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    @Tunable(description = "Document, or a folder of documents (plain text)", gravity = 1.0, required = true,
            params = "input=true;fileCategory=unspecified",
            longDescription = "A document to mine, or a folder whose files are all mined.",
            exampleStringValue = "/papers/nk-senescence.txt")
    public @Nullable File documents;

    private final CytoscapeServices services;
    private volatile List<String> report = List.of();

    AddEvidenceTask(CytoscapeServices services) {
        this.services = services;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Add evidence from documents");
        try {
            propose(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, Map.of());
        }
    }

    private void propose(TaskMonitor monitor) throws IOException {
        CyNetwork target = services.networkChoice().resolve(network);
        SenescopeNodes ids = SenescopeNodes.of(target);
        List<Path> chosen = chosenDocuments();
        monitor.setStatusMessage("Mining " + chosen.size() + " document(s)");
        // The job plans its tables into a folder; the app writes none of them, only the proposed edges.
        MineResult result = MineJob.run(new MineRequest(chosen, Path.of("")));
        monitor.setProgress(0.8);
        if (cancelled) {
            return;
        }
        List<CyEdge> added = new ArrayList<>();
        List<ProposedClaim> outside = write(services.roots(), target, ids, result.proposals(), added);
        services.events().flushPayloadEvents();
        ProposedEdges.draw(List.copyOf(services.views().getNetworkViews(target)), added);
        monitor.setProgress(1.0);
        List<String> lines = new ArrayList<>(result.summary());
        lines.add(added.size() + " proposed edges added (dashed, orange; senescope::proposed), none accepted");
        if (!outside.isEmpty()) {
            lines.add(outside.size() + " candidates name a gene that is not a node of the network and were not "
                    + "drawn; senescope mine lists them");
        }
        lines.forEach(l -> monitor.showMessage(TaskMonitor.Level.INFO, l));
        report = List.copyOf(lines);
    }

    /**
     * Adds the proposed edges whole or not at all; the proposed columns are the collection's shared ones, so the
     * snapshot covers every network of it.
     */
    static List<ProposedClaim> write(CyRootNetworkManager roots, CyNetwork target, SenescopeNodes ids,
                                     List<ProposedClaim> proposals, List<CyEdge> added) {
        ColumnSnapshot before = ColumnSnapshot.ofCollection(ProposedEdges::isProposedColumn, roots, target);
        try {
            return ProposedEdges.add(target, ids, proposals, added);
        } catch (RuntimeException e) {
            Rollback.of(e, () -> target.removeEdges(List.copyOf(added)), before::restore);
            added.clear();
            throw e;
        }
    }

    private List<Path> chosenDocuments() throws IOException {
        File chosen = documents;
        if (chosen == null || !chosen.exists()) {
            throw new BadRequestException("choose a document or a folder of documents"
                    + (chosen == null ? "" : "; " + chosen + " does not exist"));
        }
        if (!chosen.isDirectory()) {
            return List.of(chosen.toPath());
        }
        try (Stream<Path> files = Files.list(chosen.toPath())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !String.valueOf(f.getFileName()).startsWith(".")).sorted().toList();
        }
    }

    /** What the run added, one line each (empty before it has run). */
    List<String> report() {
        return report;
    }

    /** The service properties that make the task's factory a menu item. */
    static Properties properties() {
        return TaskProperties.menu(TITLE, 7.0, "network",
                "Mines documents and adds their candidate claims as proposed (dashed, orange) edges for review");
    }
}
