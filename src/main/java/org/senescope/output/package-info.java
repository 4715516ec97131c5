/**
 * Putting files on disk so that no half-written output ever exists: one file, or a whole set of files, written to
 * temporary files and moved into place only when every one succeeded. Knows nothing of what the files hold; depends
 * on the JDK alone.
 */
package org.senescope.output;
