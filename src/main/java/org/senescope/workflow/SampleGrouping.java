package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

/** Whether a matrix's samples come in groups, and from which file: a GSEA CLS file or a sample sheet. */
public sealed interface SampleGrouping {

    /** No groups: every sample on its own, in the matrix's order. */
    record Ungrouped() implements SampleGrouping {
    }

    /**
     * Groups from a file, told apart by {@link MatrixGroups#isCls}: a CLS file (one label per sample, in the matrix's
     * column order) or a sample sheet (one row per sample, with a sample and a group column).
     *
     * @param file                 the file as the user named it
     * @param sampleColumn         the sheet's sample column; by default the one named sample, sample_id...
     * @param groupColumn          the sheet's group column; by default the one named group, condition...
     * @param leaveOutExtraSamples whether sheet samples the matrix lacks are left out (else refused as bad data)
     */
    record GroupsFile(Path file, ColumnChoice sampleColumn, ColumnChoice groupColumn, boolean leaveOutExtraSamples)
            implements SampleGrouping {
        public GroupsFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sampleColumn, "sampleColumn");
            Objects.requireNonNull(groupColumn, "groupColumn");
        }
    }

    /** No groups. */
    static SampleGrouping ungrouped() {
        return new Ungrouped();
    }
}
