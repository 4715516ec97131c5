package org.senescope.fuzz;

/** How long the fuzz tests run: the short run of every build; docs/input-formats.md gives the longer one. */
final class FuzzRun {

    /** Fuzzing time per reader in the build's fuzz stage (JAZZER_FUZZ=1); without it only the seeds run. */
    static final String CI_DURATION = "5s";

    /** One input taking longer than this is a hang. */
    static final long INPUT_TIMEOUT_SECONDS = 10;

    private FuzzRun() {
    }
}
