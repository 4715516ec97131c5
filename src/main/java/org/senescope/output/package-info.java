/**
 * Putting files on disk so that no half-written output ever exists: one file, or a whole set of files, written to
 * temporary files and moved into place only when every one succeeded; and the one encoder of a tab-separated cell
 * ({@link org.senescope.output.TsvCell}) that every table writer uses, so tables are safe to open in a spreadsheet.
 * Knows nothing else of what the files hold; depends on the JDK alone.
 */
package org.senescope.output;
