/**
 * Reading hostile or mistaken input safely, below every package that reads files: one way to open an input file
 * ({@link org.senescope.input.BoundedInput#openRaw}), which refuses a folder, FIFO or device by name before opening
 * it ({@link org.senescope.input.NotAFileException}); gzip recognised by its magic bytes
 * and decompressed under a cap on the bytes delivered (against gzip bombs and runaway files), and one strict
 * tab-separated reader whose errors name file, line and column. Each caller keeps its own wording of failures
 * ({@link org.senescope.input.ReadFailures}) and its own exception type at its boundary. Depends on the JDK and
 * FastCSV only; knows nothing of genes, curation or file formats.
 */
package org.senescope.input;
