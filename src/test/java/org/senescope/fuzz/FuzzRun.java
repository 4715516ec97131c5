package org.senescope.fuzz;

/** How long the fuzz tests run: the short run of every build; docs/input-formats.md gives the longer one. */
final class FuzzRun {

    /** Fuzzing time per reader in the build's fuzz stage (JAZZER_FUZZ=1); without it only the seeds run. */
    static final String CI_DURATION = "5s";

    /**
     * JUnit's limit on one invocation: a replayed seed, or in the fuzz stage the whole run, which can overrun
     * {@link #CI_DURATION} by the time of its slowest inputs (the curation's take about a second each on a loaded
     * machine, where a 10 s limit failed a run of 29 s). Anything longer is a hang.
     */
    static final long INPUT_TIMEOUT_SECONDS = 60;

    private FuzzRun() {
    }
}
