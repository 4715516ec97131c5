/**
 * The files of each network format as one planned set: {@link org.senescope.export.files.NetworkFiles} names the files
 * a {@link org.senescope.model.format.NetworkFormat} produces for a base name and pairs each with its writer, as
 * {@link org.senescope.export.files.OutputFile}s that plan into {@link org.senescope.output.PlannedFile}s, written
 * whole or not at all by {@link org.senescope.output.AtomicFileWriter}. It sits above the format sub-packages so that
 * none of them needs to know the others. May use the model, {@code output} and the {@code export} packages; writes
 * nothing itself.
 */
package org.senescope.export.files;
