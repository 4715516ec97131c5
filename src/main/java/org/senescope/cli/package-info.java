/**
 * The {@code senescope} command line (picocli): each command turns its options into a {@code workflow} request, runs
 * the job, writes its output set and prints its notes. {@link org.senescope.cli.SenescopeCommand} is the one place
 * that maps failures to exit codes (0 ok, 2 usage, 65 bad data, 70 internal error, 74 I/O). Holds no science of its
 * own. May use {@code workflow}, {@code model}, {@code failure} and picocli; never the libraries below the workflow.
 */
package org.senescope.cli;
