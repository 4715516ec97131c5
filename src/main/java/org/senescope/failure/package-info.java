/**
 * The failures every layer may raise, and nothing else: one small hierarchy under
 * {@link org.senescope.failure.SenescopeException} so that the command line maps each kind to one exit code in one
 * place and the Cytoscape adapter shows each as one line.
 *
 * <p>{@link org.senescope.failure.InputFormatException} is a file's content at a known line and column;
 * {@link org.senescope.failure.BadDataException} is data that is wrong as a whole (a curation, a ranking, gene sets
 * that leave nothing to test); {@link org.senescope.failure.BadRequestException} is a request a job cannot run as
 * asked. A file that cannot be read or written stays a plain {@link java.io.IOException}. Like FastCSV's parse
 * exception these are unchecked, so that streams and callbacks carry them unchanged; every method that raises one
 * says so in its javadoc. Depends on nothing but {@code java.lang}.
 */
package org.senescope.failure;
