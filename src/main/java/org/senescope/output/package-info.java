/**
 * Putting files on disk so that no half-written output ever exists: one file, or a whole set of files, written to
 * temporary files and moved into place only when every one succeeded ({@link org.senescope.output.FileSetPlacement}
 * stages a set in a hidden folder inside the output folder, refuses existing files unless allowed to replace them,
 * and can roll a placed set back); and the one encoder of a tab-separated cell
 * ({@link org.senescope.output.TsvCell}) that every table writer uses, so tables are safe to open in a spreadsheet.
 * Knows nothing else of what the files hold; depends on the JDK alone.
 */
package org.senescope.output;
