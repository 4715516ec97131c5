package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.analysis.limma.CameraSetResult;
import org.senescope.analysis.limma.FrySetResult;

/**
 * What {@link CameraJob} found: camera's or fry's row per tested set, notes for the user, what was done in a few
 * lines, and the files to write. Immutable.
 *
 * @param camera  camera's results, in the order the sets were given; empty when fry ran
 * @param fry     fry's results, in the order the sets were given; empty when camera ran
 * @param notes   what was changed or left out on the way (GMT files), one line each
 * @param summary what was done, one line each, to show after the notes
 * @param files   the results, skipped-sets and settings tables to write
 */
public record CameraResult(List<CameraSetResult> camera, List<FrySetResult> fry, List<String> notes,
                           List<String> summary, OutputSet files) {

    public CameraResult {
        camera = List.copyOf(camera);
        fry = List.copyOf(fry);
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
