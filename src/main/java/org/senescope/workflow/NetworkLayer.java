package org.senescope.workflow;

import java.util.Objects;

import org.senescope.model.data.ModuleScores;
import org.senescope.model.overlay.MappedOverlay;

/**
 * What a written network carries beyond its own attributes: nothing ({@link #PLAIN}), a user's data laid over it
 * ({@link Overlaid}: value columns, colours, edge verdicts), or the scores of its modules from a gene-set analysis
 * ({@link ModuleScored}). Immutable.
 */
public sealed interface NetworkLayer permits NetworkLayer.Plain, NetworkLayer.Overlaid, NetworkLayer.ModuleScored {

    /** The network's own attributes only. */
    NetworkLayer PLAIN = new Plain();

    /** The network's own attributes only. */
    record Plain() implements NetworkLayer {
    }

    /** With an overlay's node and edge columns; the styled formats colour nodes by its first condition. */
    record Overlaid(MappedOverlay overlay) implements NetworkLayer {
        public Overlaid {
            Objects.requireNonNull(overlay, "overlay");
        }
    }

    /** With the module-score node columns; not every format can carry them ({@link ExportJob}). */
    record ModuleScored(ModuleScores scores) implements NetworkLayer {
        public ModuleScored {
            Objects.requireNonNull(scores, "scores");
        }
    }
}
