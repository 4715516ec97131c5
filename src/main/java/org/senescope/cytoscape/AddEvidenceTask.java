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
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.workflow.MineJob;
import org.senescope.workflow.MineRequest;
import org.senescope.workflow.MineResult;
import org.senescope.workflow.ProposedClaim;

/**
 * Apps &gt; Senescope &gt; Add evidence from documents... and the {@code senescope add-evidence} command: runs the
 * command line's {@link MineJob} on the chosen documents (its files are not written) and adds its candidate claims to
 * the current Senescope network as proposed edges ({@link ProposedEdges}): dashed, orange, {@code senescope::proposed}
 * true. Nothing is accepted: a curator accepts candidates with {@code senescope merge}. A candidate already on the
 * network (an earlier run's proposed edge, or a curated claim from its document: {@link PresentClaims}) is not added
 * again, so running it twice adds nothing the second time. Whole or nothing: a failure while adding removes the edges
 * added and puts the proposed columns back. Runs on Cytoscape's task thread.
 */
public final class AddEvidenceTask extends AbstractTask implements ObservableTask {

    static final String TITLE = "Add evidence from documents...";

    static final String COMMAND = "add-evidence";

    static final String EXAMPLE_JSON = """
            {"network": 5326, "documents": ["/papers/nk-senescence.txt"], "candidates": 3, "added": 2, \
            "alreadyPresent": 0, "outsideNetwork": 1, "edges": [9311, 9312], \
            "summary": ["1 document(s) mined: 3 candidate claim(s) ...", "..."]}""";

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The Senescope network to add proposed edges to: 'current' or 'SUID:<n>'.",
            exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    @Tunable(description = "Document, or a folder of documents (text, PDF or HTML)", gravity = 1.0, required = true,
            params = "input=true;fileCategory=unspecified",
            longDescription = "A document to mine (plain text, PDF or HTML), or a folder whose files are all mined.",
            exampleStringValue = "/papers/nk-senescence.txt")
    public @Nullable File documents;

    private final CytoscapeServices services;
    private volatile List<String> report = List.of();
    private volatile @Nullable String json;

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
        ProposedEdges.Left left = write(services.roots(), target, ids, result.proposals(), added);
        services.events().flushPayloadEvents();
        ProposedEdges.draw(List.copyOf(services.views().getNetworkViews(target)), added);
        monitor.setProgress(1.0);
        List<String> lines = new ArrayList<>(result.summary());
        lines.add(added.size() + " proposed edges added (dashed, orange; senescope::proposed), none accepted");
        if (left.present() > 0) {
            lines.add(left.present() + " candidates were already on the network (proposed before, or a curated "
                    + "claim from the same document) and were not added again");
        }
        if (!left.outside().isEmpty()) {
            lines.add(left.outside().size() + " candidates name a gene that is not a node of the network and were "
                    + "not drawn; senescope mine lists them");
        }
        lines.forEach(l -> monitor.showMessage(TaskMonitor.Level.INFO, l));
        report = List.copyOf(lines);
        json = json(target, chosen, result, added, left);
    }

    private String json(CyNetwork target, List<Path> chosen, MineResult result, List<CyEdge> added,
                        ProposedEdges.Left left) {
        return JsonText.of(out -> {
            out.writeStartObject();
            out.writeNumberField("network", target.getSUID());
            JsonText.strings(out, "documents", chosen.stream().map(Path::toString).toList());
            out.writeNumberField("candidates", result.proposals().size());
            out.writeNumberField("added", added.size());
            out.writeNumberField("alreadyPresent", left.present());
            out.writeNumberField("outsideNetwork", left.outside().size());
            out.writeArrayFieldStart("edges");
            for (CyEdge edge : added) {
                out.writeNumber(edge.getSUID());
            }
            out.writeEndArray();
            JsonText.strings(out, "summary", report);
            out.writeEndObject();
        });
    }

    /**
     * Adds the proposed edges whole or not at all; the proposed columns are the collection's shared ones, so the
     * snapshot covers every network of it.
     */
    static ProposedEdges.Left write(CyRootNetworkManager roots, CyNetwork target, SenescopeNodes ids,
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

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The report as text, or the {@link JSONResult}; {@code null} (Cytoscape's convention) before a run. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        String done = json;
        return done == null ? null : TaskResults.as(type, () -> String.join("\n", report), () -> done);
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(TITLE, 7.0, "network",
                "Mines documents and adds their candidate claims as proposed (dashed, orange) edges for review");
        p.putAll(TaskProperties.command(COMMAND, "Add candidate claims from documents as proposed edges",
                "Mines a document, or every file of a folder (plain text, PDF or HTML), as senescope mine does, and "
                        + "adds each candidate claim whose two ends are nodes of the Senescope network as a proposed "
                        + "edge: dashed and orange, senescope::proposed true, its relation, sign, document, quote, "
                        + "evidence type, score and reasons in senescope::proposed_* columns. Nothing is accepted "
                        + "(senescope merge does that). A candidate already proposed, or already a curated claim "
                        + "from the same document on that edge, is not added again. Whole or nothing. Returns the "
                        + "network, the documents, how many candidates were found, added, already present and "
                        + "outside the network, the new edges' SUIDs and the summary.",
                EXAMPLE_JSON));
        return p;
    }
}
