package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

import org.senescope.demo.SimulatedTimeCourse;

/**
 * The demo to make: where it goes and the seed of its SIMULATED data. Immutable; nulls are not accepted.
 *
 * @param directory the folder everything goes into, created when missing
 * @param seed      the generator's seed; the same seed gives the same tables and figures
 */
public record DemoRequest(Path directory, long seed) {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = SimulatedTimeCourse.DEFAULT_SEED;

    public DemoRequest {
        Objects.requireNonNull(directory, "directory");
    }
}
