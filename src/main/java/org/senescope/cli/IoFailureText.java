package org.senescope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One line for a file that could not be read or written. The JDK's file-system exceptions carry the path and the
 * system's reason in separate fields and a bare path as their message, which alone says nothing; this puts both in
 * words.
 */
final class IoFailureText {

    private IoFailureText() {
    }

    static String of(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": already exists";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + ": not a folder";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : f.getReason());
        }
        return "cannot read or write a file: " + (e instanceof IOException ? e.getMessage() : String.valueOf(e));
    }
}
