package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.genes.hgnc.HgncFileReader;
import org.senescope.genes.hgnc.HgncOverlay;
import org.senescope.genes.hgnc.HgncReadResult;
import org.senescope.genes.hgnc.RejectPolicy;
import org.senescope.genes.hgnc.RejectedLine;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;

/**
 * The bundled gene tables updated from a user's newer HGNC download, with every line the HGNC reader skipped and every
 * HGNC gene that could not be placed reported, so that nothing is dropped silently. Immutable.
 *
 * @param genes    the updated tables (the mouse orthologs unchanged)
 * @param note     what was read and applied, one line
 * @param warnings one line per skipped line and per gene not applied
 */
record HgncUpdate(GeneReference genes, String note, List<String> warnings) {

    HgncUpdate {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code hgncFile} and applies it over the bundled human gene table.
     *
     * @throws IOException when the file cannot be read
     * @throws org.senescope.failure.InputFormatException when its header is not HGNC's
     */
    static HgncUpdate of(Path hgncFile) throws IOException {
        GeneReference bundled = SenescenceImmunityNetwork.bundledGenes();
        HgncReadResult read = new HgncFileReader(RejectPolicy.SKIP).read(hgncFile);
        List<String> warnings = new ArrayList<>();
        for (RejectedLine line : read.rejectedLines()) {
            warnings.add("skipped " + line);
        }
        HgncOverlay.Result result = HgncOverlay.apply(bundled.human(), read);
        for (HgncOverlay.Unapplied u : result.unapplied()) {
            warnings.add("not applied " + hgncFile + ": " + u.gene().approvedSymbol() + ": " + u.reason());
        }
        String note = String.format(Locale.ROOT, "HGNC file %s: %d data lines, %d genes read, %d lines skipped; "
                        + "%d genes updated, %d not applied", hgncFile, read.dataLines(), read.acceptedCount(),
                read.rejectedCount(), result.updated().size(), result.unapplied().size());
        return new HgncUpdate(new GeneReference(result.table(), bundled.mouse()), note, warnings);
    }
}
