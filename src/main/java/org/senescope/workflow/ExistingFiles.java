package org.senescope.workflow;

/**
 * What writing an {@link OutputSet} does with a file that already exists where one of its files goes. Senescope
 * cannot tell a file it wrote on an earlier run from a user's own file of the same name, so every existing file counts
 * as foreign: it is refused unless the user asks for replacing ({@code --overwrite}).
 */
public enum ExistingFiles {
    /** Refuse the whole set, naming the first file that exists; nothing is written. */
    REFUSE,
    /** Replace existing files (never a folder, never one of the job's inputs); restored if the set fails. */
    REPLACE
}
