package org.senescope.cli;

import org.senescope.genes.hgnc.HgncFileReader;
import org.senescope.genes.hgnc.HgncOverlay;
import org.senescope.genes.hgnc.HgncReadResult;
import org.senescope.genes.hgnc.RejectPolicy;
import org.senescope.genes.hgnc.RejectedLine;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Applies a user's newer HGNC download on top of the bundled gene table, reporting every line the HGNC reader skipped
 * and every HGNC gene that could not be placed, so nothing is dropped silently.
 */
final class HgncOption {

    private HgncOption() {
    }

    /**
     * The bundled gene tables, updated from {@code hgncFile}.
     *
     * @throws IOException when the file cannot be read or its header is not HGNC's
     */
    static GeneReference apply(Path hgncFile, PrintWriter out, PrintWriter err) throws IOException {
        GeneReference bundled = SenescenceImmunityNetwork.bundledGenes();
        HgncReadResult read = new HgncFileReader(RejectPolicy.SKIP).read(hgncFile);
        for (RejectedLine line : read.rejectedLines()) {
            err.println("senescope: skipped " + line);
        }
        HgncOverlay.Result result = HgncOverlay.apply(bundled.human(), read);
        for (HgncOverlay.Unapplied u : result.unapplied()) {
            err.println("senescope: not applied " + hgncFile + ": " + u.gene().approvedSymbol() + ": " + u.reason());
        }
        out.printf("HGNC file %s: %d data lines, %d genes read, %d lines skipped; %d genes updated, %d not applied%n",
                hgncFile, read.dataLines(), read.acceptedCount(), read.rejectedCount(), result.updated().size(),
                result.unapplied().size());
        return new GeneReference(result.table(), bundled.mouse());
    }
}
