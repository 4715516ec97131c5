/**
 * The {@code senescope} command line (picocli): parses arguments, calls the knowledge, gene and io packages, prints a
 * summary and maps failures to exit codes (0 ok, 2 usage, 65 bad data, 74 I/O). Holds no science of its own.
 */
package org.senescope.cli;
